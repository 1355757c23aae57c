package io.pledgebench.report.pdf;

import io.pledgebench.report.charts.ReportFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The report font embedded in one PDF: the proportional face of the WenQuanYi Micro Hei collection as a
 * subset Type 0 font, so text stays selectable and searchable. The collection must stay open until the
 * document is saved (PDFBox reads glyphs when it writes the subset), hence {@link Closeable}.
 */
public final class PdfFonts implements Closeable {

    /** Characters the font lacks, replaced by the nearest characters it has rather than dropped. */
    private static final Map<Integer, String> SUBSTITUTES = Map.of(
            0x2212, "-", 0x2011, "-", 0x00A0, " ", 0x202F, " ", 0x2009, " ", 0x2264, "<=", 0x2265, ">=");

    private final TrueTypeCollection collection;
    private final PDType0Font font;
    /** Per-character caches for the Basic Multilingual Plane (every character a report prints, in practice). */
    private final float[] bmpAdvance = new float[0x10000];
    private final byte[] bmpSupported = new byte[0x10000];
    private final Map<Integer, Float> advances = new HashMap<>();
    private final Map<Integer, Boolean> supported = new HashMap<>();

    private PdfFonts(TrueTypeCollection collection, PDType0Font font) {
        this.collection = collection;
        this.font = font;
    }

    /** Loads the report font into {@code doc}; throws a message naming the package to install when missing. */
    public static PdfFonts load(PDDocument doc) {
        Path file = ReportFont.require();
        TrueTypeCollection collection = null;
        try {
            collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] chosen = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (chosen[0] == null && !ttf.getName().toLowerCase(Locale.ROOT).contains("mono")) {
                    chosen[0] = ttf;
                }
            });
            if (chosen[0] == null) {
                throw new IOException("no proportional face in the collection");
            }
            return new PdfFonts(collection, PDType0Font.load(doc, chosen[0], true));
        } catch (IOException e) {
            if (collection != null) {
                try {
                    collection.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException("The report font " + file + " cannot be loaded as a TrueType collection: "
                    + e.getMessage(), e);
        }
    }

    public PDType0Font font() {
        return font;
    }

    /** The text with every character the font cannot show replaced by a close equivalent or '?'. */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (cp == '\t') {
                replacement = " ";
            } else if (Character.isISOControl(cp) && cp != '\n') {
                replacement = "";
            } else if (cp != '\n' && !has(cp)) {
                replacement = SUBSTITUTES.getOrDefault(cp, "?");
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /** Advance width of a printable code point in text-space units (1/1000 em). */
    float advance(int codePoint) {
        if (codePoint < 0x10000) {
            float a = bmpAdvance[codePoint];
            if (a == 0f) {
                // 0 marks "not measured yet"; a zero-width glyph is stored as the smallest float instead
                a = Math.max(measure(codePoint), Float.MIN_VALUE);
                bmpAdvance[codePoint] = a;
            }
            return a;
        }
        return advances.computeIfAbsent(codePoint, this::measure);
    }

    private float measure(int cp) {
        try {
            return font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException | IllegalArgumentException e) {
            return 500f;
        }
    }

    /** Width of printable text in points at {@code size}. */
    public float width(String printableText, float size) {
        float w = 0;
        for (int i = 0; i < printableText.length(); ) {
            int cp = printableText.codePointAt(i);
            w += advance(cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    private boolean has(int cp) {
        if (cp < 0x10000) {
            byte b = bmpSupported[cp];
            if (b == 0) {
                b = probe(cp) ? (byte) 1 : (byte) 2;
                bmpSupported[cp] = b;
            }
            return b == 1;
        }
        return supported.computeIfAbsent(cp, this::probe);
    }

    private boolean probe(int cp) {
        String s = new String(Character.toChars(cp));
        try {
            font.encode(s);
            return font.getStringWidth(s) > 0 || Character.isWhitespace(cp);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
