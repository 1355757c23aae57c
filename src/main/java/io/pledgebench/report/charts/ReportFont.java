package io.pledgebench.report.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CJK-capable font of charts and reports: WenQuanYi Micro Hei (package {@code fonts-wqy-microhei},
 * Apache-2.0 / GPL-3 dual licence, see docs/adr/0003-report-font-wqy-microhei.md). It carries Latin and
 * CJK glyphs as TrueType outlines, which PDFBox can embed; the same file draws the charts so a chart in
 * the PDF uses the font of the text around it. {@code -Dpledgebench.cjkFont=PATH} names another
 * TrueType font or collection.
 */
public final class ReportFont {

    public static final String PROPERTY = "pledgebench.cjkFont";
    public static final String FAMILY = "WenQuanYi Micro Hei";
    public static final String DEBIAN_PACKAGE = "fonts-wqy-microhei";

    private static volatile Font base;

    private ReportFont() {
    }

    /** Where the font is looked for, in order: the system property, then the usual install folders. */
    public static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            out.add(Path.of(configured));
        }
        String home = System.getProperty("user.home");
        out.add(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        out.add(Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"));
        out.add(Path.of("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"));
        out.add(Path.of("/usr/local/share/fonts/wqy-microhei.ttc"));
        out.add(Path.of(home, ".local", "share", "fonts", "wqy-microhei.ttc"));
        out.add(Path.of(home, ".fonts", "wqy-microhei.ttc"));
        out.add(Path.of("/Library/Fonts/wqy-microhei.ttc"));
        out.add(Path.of(home, "Library", "Fonts", "wqy-microhei.ttc"));
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            out.add(Path.of(windir, "Fonts", "wqy-microhei.ttc"));
        }
        return out;
    }

    public static Optional<Path> find() {
        String configured = System.getProperty(PROPERTY);
        for (Path p : candidates()) {
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
            if (configured != null && p.equals(Path.of(configured))) {
                throw new IllegalArgumentException("-D" + PROPERTY + " names " + p + ", which is not a readable file");
            }
        }
        return Optional.empty();
    }

    /** The font file, or a {@link ReportFontMissingException} saying which package to install. */
    public static Path require() {
        return find().orElseThrow(() -> new ReportFontMissingException(
                "The report needs the CJK font " + FAMILY + " and it is not installed. Install it with"
                        + " 'sudo apt-get install " + DEBIAN_PACKAGE + "' (Debian/Ubuntu; other systems: copy"
                        + " wqy-microhei.ttc into a fonts folder), or pass -D" + PROPERTY + "=/path/to/font.ttc."
                        + " Looked in: " + candidates()));
    }

    /**
     * The chart font at {@code size} points. Without the font file (a workbench on a machine without it)
     * charts fall back to the logical SansSerif font, which the JDK maps to a CJK-capable system font.
     */
    public static Font awt(int style, float size) {
        Font f = base;
        if (f == null) {
            f = loadBase();
            base = f;
        }
        return f.deriveFont(style, size);
    }

    private static synchronized Font loadBase() {
        if (base != null) {
            return base;
        }
        Optional<Path> file = find();
        if (file.isPresent()) {
            try {
                Font[] all = Font.createFonts(file.get().toFile());
                for (Font f : all) {
                    if (FAMILY.equals(f.getFamily(java.util.Locale.ROOT))) {
                        return f;
                    }
                }
                if (all.length > 0) {
                    return all[0];
                }
            } catch (IOException | FontFormatException e) {
                throw new ReportFontMissingException("The font file " + file.get() + " cannot be read as TrueType: "
                        + e.getMessage());
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    }
}
