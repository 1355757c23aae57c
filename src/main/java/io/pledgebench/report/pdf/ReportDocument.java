package io.pledgebench.report.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import io.pledgebench.report.charts.ChartTheme;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

/**
 * A4 flow layout on PDFBox: content is appended top to bottom and breaks onto new pages by itself. Headings
 * feed a table of contents (with page numbers and links) and the PDF outline; tables repeat their header row
 * on each page; charts are drawn as vector graphics through a PDF Graphics2D; every page but the cover gets a
 * running header, and every page a footer with the print date and "page x of y".
 * <p>
 * The output is reproducible: the document ID and dates come from {@link Metadata}, so the same content and
 * the same print date give the same bytes.
 */
public final class ReportDocument implements Closeable {

    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final float MARGIN_X = 56f;
    private static final float MARGIN_TOP = 66f;
    private static final float MARGIN_BOTTOM = 60f;
    private static final float CELL_PAD_X = 4f;
    private static final float CELL_PAD_Y = 3f;
    private static final Color RULE = new Color(0xC5, 0xCD, 0xD6);
    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    private static final Color ZEBRA_FILL = new Color(0xF7, 0xF9, 0xFB);

    /**
     * Fixed document properties; {@code created} and {@code idSeed} make the bytes reproducible; {@code language}
     * is a BCP 47 tag (en, zh-CN) so screen readers and search pick the right language.
     */
    public record Metadata(String title, String subject, String author, String keywords, String language,
                           Calendar created, String idSeed) {
        public Metadata {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(idSeed, "idSeed");
            subject = subject == null ? "" : subject;
            author = author == null ? "" : author;
            keywords = keywords == null ? "" : keywords;
        }
    }

    /** Running header and footer texts; {@code pageLabel} formats "page x of y" in the reader's language. */
    public record Furniture(String headerLeft, String headerRight, String footerLeft, PageLabel pageLabel) {
        public Furniture {
            Objects.requireNonNull(pageLabel, "pageLabel");
            headerLeft = headerLeft == null ? "" : headerLeft;
            headerRight = headerRight == null ? "" : headerRight;
            footerLeft = footerLeft == null ? "" : footerLeft;
        }
    }

    @FunctionalInterface
    public interface PageLabel {
        String of(int page, int pages);
    }

    private record Heading(int level, String number, String text, PDPage page, float y) {
    }

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final Furniture furniture;
    private final Metadata metadata;
    private final List<Heading> headings = new ArrayList<>();
    private final List<PDPage> bare = new ArrayList<>();
    private final int[] counters = new int[3];
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    private boolean tocRequested;
    private String tocTitle;
    private PdfBoxGraphics2DFontTextDrawer chartText;
    private boolean saved;

    private ReportDocument(PDDocument doc, PdfFonts fonts, Furniture furniture, Metadata metadata) {
        this.doc = doc;
        this.fonts = fonts;
        this.furniture = furniture;
        this.metadata = metadata;
    }

    /** A new document with the report font loaded (a clear error when the font package is missing). */
    public static ReportDocument create(Furniture furniture, Metadata metadata) {
        PDDocument doc = new PDDocument();
        try {
            return new ReportDocument(doc, PdfFonts.load(doc), furniture, metadata);
        } catch (RuntimeException e) {
            try {
                doc.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public float contentWidth() {
        return PAGE.getWidth() - 2 * MARGIN_X;
    }

    /** Space left on the current page, in points. */
    public float remaining() {
        return page == null ? 0 : y - MARGIN_BOTTOM;
    }

    /** Starts a page without running header (the cover). */
    public void bareNewPage() {
        newPage();
        bare.add(page);
    }

    public void newPage() {
        closeStream();
        page = new PDPage(PAGE);
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE.getHeight() - MARGIN_TOP;
    }

    /** Moves to a new page unless {@code height} points still fit on this one. */
    public void ensureSpace(float height) {
        if (page == null || remaining() < height) {
            newPage();
        }
    }

    public void space(float points) {
        if (page != null) {
            y -= points;
            if (y < MARGIN_BOTTOM) {
                newPage();
            }
        }
    }

    /** Moves the cursor to {@code fromTop} points below the top edge of the current page (cover layout). */
    public void moveTo(float fromTop) {
        y = PAGE.getHeight() - fromTop;
    }

    /**
     * The table of contents goes here: its pages are inserted at this point when the document is saved,
     * once every heading's page is known.
     */
    public void tableOfContentsHere(String title) {
        tocTitle = title;
        tocRequested = true;
        closeStream();
        page = null;
    }

    // ---------------------------------------------------------------- text

    /** A numbered heading (level 1 or 2) that enters the table of contents, or an unnumbered level 3. */
    public void heading(int level, String text) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level must be 1–3, was " + level);
        }
        String number = "";
        if (level <= 2) {
            counters[level - 1]++;
            for (int i = level; i < counters.length; i++) {
                counters[i] = 0;
            }
            number = level == 1 ? counters[0] + "" : counters[0] + "." + counters[1];
        }
        TextStyle style = level == 1 ? TextStyle.H1 : level == 2 ? TextStyle.H2 : TextStyle.H3;
        if (level == 1 && page != null && remaining() < PAGE.getHeight() * 0.35f) {
            newPage();
        }
        float before = level == 1 ? 10f : level == 2 ? 8f : 5f;
        String full = number.isEmpty() ? text : number + "  " + text;
        List<String> lines = wrap(full, style, contentWidth());
        // a heading never ends a page: keep it with at least three lines of what follows
        ensureSpace(before + lines.size() * style.lineHeight() + 3 * TextStyle.BODY.lineHeight());
        if (y < PAGE.getHeight() - MARGIN_TOP - 1) {
            y -= before;
        }
        if (level <= 2) {
            headings.add(new Heading(level, number, text, page, y + 4));
        }
        for (String line : lines) {
            y -= style.size();
            text(line, MARGIN_X, y, style);
            y -= style.lineHeight() - style.size();
        }
        if (level == 1) {
            rule(MARGIN_X, y + 2, MARGIN_X + contentWidth(), y + 2, TextStyle.ACCENT, 0.8f);
            y -= 4;
        }
        y -= 3;
    }

    public void paragraph(String text) {
        paragraph(text, TextStyle.BODY);
    }

    public void paragraph(String text, TextStyle style) {
        paragraphAt(text, style, MARGIN_X, contentWidth());
        y -= style.size() * 0.5f;
    }

    /** A bulleted list. */
    public void bullets(List<String> items, TextStyle style) {
        for (String item : items) {
            List<String> lines = wrap(item, style, contentWidth() - 12);
            for (int i = 0; i < lines.size(); i++) {
                ensureSpace(style.lineHeight());
                y -= style.size();
                if (i == 0) {
                    text("•", MARGIN_X + 2, y, style);
                }
                text(lines.get(i), MARGIN_X + 12, y, style);
                y -= style.lineHeight() - style.size();
            }
            y -= style.size() * 0.25f;
        }
        y -= style.size() * 0.3f;
    }

    /** Text at a fixed position on the current page (cover layout); does not move the cursor. */
    public void textAt(String text, float x, float yFromTop, TextStyle style) {
        text(fonts.printable(text), x, PAGE.getHeight() - yFromTop, style);
    }

    private void paragraphAt(String text, TextStyle style, float x, float width) {
        for (String line : wrap(text, style, width)) {
            ensureSpace(style.lineHeight());
            y -= style.size();
            text(line, x, y, style);
            y -= style.lineHeight() - style.size();
        }
    }

    List<String> wrap(String text, TextStyle style, float width) {
        String printable = fonts.printable(text);
        float scale = style.size() / 1000f;
        return LineBreaker.wrap(printable, width, cp -> fonts.advance(cp) * scale);
    }

    private void text(String printable, float x, float baseline, TextStyle style) {
        text(cs, printable, x, baseline, style);
    }

    private void text(PDPageContentStream stream, String printable, float x, float baseline, TextStyle style) {
        if (printable.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(fonts.font(), style.size());
            stream.setNonStrokingColor(style.color());
            if (style.bold()) {
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setStrokingColor(style.color());
                stream.setLineWidth(style.size() * 0.045f);
            } else {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width(String printable, TextStyle style) {
        return fonts.width(printable, style.size());
    }

    // ---------------------------------------------------------------- tables

    /** A table across the content width; rows never split, the header row repeats on each new page. */
    public void table(PdfTable table) {
        List<PdfTable.Column> columns = table.columns();
        float total = 0;
        for (PdfTable.Column c : columns) {
            total += c.weight();
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = contentWidth() * columns.get(i).weight() / total;
        }
        List<String> headerCells = columns.stream().map(PdfTable.Column::header).toList();
        List<List<String>> header = table.headerVisible() ? layoutRow(headerCells, widths, TextStyle.TABLE_HEADER) : null;
        float headerHeight = header == null ? 0 : rowHeight(header, TextStyle.TABLE_HEADER);
        boolean first = true;
        int zebra = 0;
        for (PdfTable.Row row : table.rows()) {
            TextStyle style = row.emphasis() ? TextStyle.TABLE_HEADER : TextStyle.TABLE;
            List<List<String>> cells = layoutRow(row.cells(), widths, style);
            float h = rowHeight(cells, style);
            if (first || remaining() < h) {
                ensureSpace(headerHeight + h + (first ? 2 : 0));
                if (header != null) {
                    drawRow(header, widths, columns, TextStyle.TABLE_HEADER, headerHeight, HEADER_FILL);
                }
                first = false;
            }
            drawRow(cells, widths, columns, style, h, zebra++ % 2 == 1 ? ZEBRA_FILL : null);
        }
        if (first && header != null) {
            ensureSpace(headerHeight);
            drawRow(header, widths, columns, TextStyle.TABLE_HEADER, headerHeight, HEADER_FILL);
        }
        y -= 8;
    }

    private List<List<String>> layoutRow(List<String> cells, float[] widths, TextStyle style) {
        List<List<String>> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            out.add(wrap(cells.get(i), style, widths[i] - 2 * CELL_PAD_X));
        }
        return out;
    }

    private static float rowHeight(List<List<String>> cells, TextStyle style) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * style.lineHeight() + 2 * CELL_PAD_Y;
    }

    private void drawRow(List<List<String>> cells, float[] widths, List<PdfTable.Column> columns, TextStyle style,
                         float height, Color fill) {
        try {
            if (fill != null) {
                cs.setNonStrokingColor(fill);
                cs.addRect(MARGIN_X, y - height, contentWidth(), height);
                cs.fill();
            }
            rule(MARGIN_X, y - height, MARGIN_X + contentWidth(), y - height, RULE, 0.4f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = MARGIN_X;
        for (int i = 0; i < cells.size(); i++) {
            float baseline = y - CELL_PAD_Y - style.size();
            for (String line : cells.get(i)) {
                float w = width(line, style);
                float inner = widths[i] - 2 * CELL_PAD_X;
                float tx = switch (columns.get(i).align()) {
                    case LEFT -> x + CELL_PAD_X;
                    case RIGHT -> x + CELL_PAD_X + Math.max(0, inner - w);
                    case CENTER -> x + CELL_PAD_X + Math.max(0, (inner - w) / 2);
                };
                text(line, tx, baseline, style);
                baseline -= style.lineHeight();
            }
            x += widths[i];
        }
        y -= height;
    }

    // ---------------------------------------------------------------- charts and signatures

    /**
     * Draws {@code chart} as vector graphics, {@code width} × {@code height} points, centred; chart text is
     * drawn with the embedded report font so it stays searchable.
     */
    public void chart(JFreeChart chart, float width, float height) {
        ensureSpace(height + 6);
        try {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
            g.setFontTextDrawer(chartTextDrawer());
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            cs.saveGraphicsState();
            cs.transform(Matrix.getTranslateInstance(MARGIN_X + (contentWidth() - width) / 2, y - height));
            cs.drawForm(form);
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException("drawing the chart '" + chart.getTitle().getText() + "' failed", e);
        }
        y -= height + 6;
    }

    private PdfBoxGraphics2DFontTextDrawer chartTextDrawer() {
        if (chartText == null) {
            chartText = new PdfBoxGraphics2DFontTextDrawer();
            Font awt = ChartTheme.font(Font.PLAIN, 10f);
            chartText.registerFont(awt.getFontName(), fonts.font());
        }
        return chartText;
    }

    /** Signature blocks side by side (two per row). */
    public void signatures(List<SignatureBlock> blocks) {
        float gap = 24f;
        float w = (contentWidth() - gap) / 2;
        float blockHeight = 118f;
        for (int i = 0; i < blocks.size(); i += 2) {
            ensureSpace(blockHeight);
            float top = y;
            for (int j = i; j < Math.min(blocks.size(), i + 2); j++) {
                drawSignature(blocks.get(j), MARGIN_X + (j - i) * (w + gap), top, w);
            }
            y = top - blockHeight;
        }
    }

    private void drawSignature(SignatureBlock b, float x, float top, float w) {
        try {
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.6f);
            cs.addRect(x, top - 108, w, 108);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TextStyle label = TextStyle.NOTE;
        text(fonts.printable(b.role()), x + 8, top - 16, TextStyle.BODY_BOLD);
        float line = top - 42;
        String[][] fields = {{b.nameLabel(), b.name()}, {b.signatureLabel(), ""}, {b.dateLabel(), b.date()}};
        for (String[] f : fields) {
            String l = fonts.printable(f[0]);
            text(l, x + 8, line, label);
            float lx = x + 8 + Math.max(width(l, label) + 6, 56);
            rule(lx, line - 2, x + w - 10, line - 2, TextStyle.SUBTLE, 0.5f);
            text(fonts.printable(f[1]), lx + 2, line + 1, TextStyle.BODY);
            line -= 26;
        }
    }

    private void rule(float x1, float y1, float x2, float y2, Color color, float width) {
        rule(cs, x1, y1, x2, y2, color, width);
    }

    private static void rule(PDPageContentStream stream, float x1, float y1, float x2, float y2, Color color, float width) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(width);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- finishing

    /** Inserts the table of contents, decorates every page, fixes metadata and ID, and writes the PDF. */
    public void save(OutputStream out) {
        if (saved) {
            throw new IllegalStateException("the report was already saved");
        }
        saved = true;
        closeStream();
        try {
            if (tocRequested) {
                insertTableOfContents();
            }
            outline();
            decorate();
            metadata();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the PDF failed: " + e.getMessage(), e);
        }
    }

    private void insertTableOfContents() throws IOException {
        int insertAt = firstPageAfterToc();
        TextStyle entry = TextStyle.BODY;
        float lineHeight = entry.lineHeight() + 2.5f;
        float firstPageCapacity = PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM - 40;
        float pageCapacity = PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        int perFirst = (int) (firstPageCapacity / lineHeight);
        int perPage = (int) (pageCapacity / lineHeight);
        // an entry too long for one line wraps onto the next ones (never cut with "…"); the page number, of at most
        // four digits, ends its last line; an entry is never split across pages
        float numberRoom = fonts.width("0000", entry.size());
        List<List<String>> wrapped = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        int page = 0;
        int used = 0;
        for (Heading hd : headings) {
            TextStyle style = hd.level() == 1 ? TextStyle.BODY_BOLD : entry;
            float indent = hd.level() == 1 ? 0 : 18;
            String label = fonts.printable(hd.number() + "  " + hd.text());
            // narrow enough that continuation lines, indented under the heading's text, fit as well
            float maxLabel = contentWidth() - indent - numberRoom - 24 - fonts.width(hd.number() + "  ", style.size());
            List<String> lines = LineBreaker.wrap(label, maxLabel, cp -> fonts.advance(cp) * style.size() / 1000f);
            wrapped.add(lines);
            int capacity = page == 0 ? perFirst : perPage;
            if (used > 0 && used + lines.size() > capacity) {
                page++;
                used = 0;
            }
            pageOf.add(page);
            used += lines.size();
        }
        int tocPages = page + 1;
        List<PDPage> pages = new ArrayList<>();
        for (int i = 0; i < tocPages; i++) {
            PDPage p = new PDPage(PAGE);
            if (insertAt + i < doc.getNumberOfPages()) {
                doc.getPages().insertBefore(p, doc.getPage(insertAt + i));
            } else {
                doc.addPage(p);
            }
            pages.add(p);
        }
        int h = 0;
        for (int i = 0; i < pages.size(); i++) {
            PDPage p = pages.get(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
                float cursor = PAGE.getHeight() - MARGIN_TOP;
                if (i == 0) {
                    cursor -= TextStyle.H1.size();
                    text(s, fonts.printable(tocTitle), MARGIN_X, cursor, TextStyle.H1);
                    rule(s, MARGIN_X, cursor - 6, MARGIN_X + contentWidth(), cursor - 6, TextStyle.ACCENT, 0.8f);
                    cursor -= 40 - TextStyle.H1.size();
                }
                for (; h < headings.size() && pageOf.get(h) == i; h++) {
                    Heading hd = headings.get(h);
                    TextStyle style = hd.level() == 1 ? TextStyle.BODY_BOLD : entry;
                    float indent = hd.level() == 1 ? 0 : 18;
                    String pageNo = String.valueOf(doc.getPages().indexOf(hd.page()) + 1);
                    float numberWidth = fonts.width(pageNo, style.size());
                    float right = MARGIN_X + contentWidth();
                    List<String> lines = wrapped.get(h);
                    float top = cursor;
                    for (int l = 0; l < lines.size(); l++) {
                        cursor -= lineHeight;
                        // continuation lines stand under the heading's text, after its number
                        float x = MARGIN_X + indent + (l == 0 ? 0 : fonts.width(hd.number() + "  ", style.size()));
                        text(s, lines.get(l), x, cursor, style);
                        if (l == lines.size() - 1) {
                            float labelEnd = x + fonts.width(lines.get(l), style.size()) + 4;
                            dots(s, labelEnd, right - numberWidth - 4, cursor);
                            text(s, pageNo, right - numberWidth, cursor, style);
                        }
                    }
                    link(p, MARGIN_X + indent, cursor - 3, right, top - lineHeight + style.size(), hd);
                }
            }
        }
    }

    private int firstPageAfterToc() {
        // the TOC follows the pages written before tableOfContentsHere(): the cover
        int index = 0;
        for (PDPage p : doc.getPages()) {
            if (!bare.contains(p)) {
                return index;
            }
            index++;
        }
        return index;
    }

    private void dots(PDPageContentStream s, float from, float to, float baseline) throws IOException {
        if (to - from < 8) {
            return;
        }
        s.setStrokingColor(RULE);
        s.setLineWidth(0.7f);
        s.setLineDashPattern(new float[] {0.7f, 2.6f}, 0);
        s.moveTo(from, baseline + 1);
        s.lineTo(to, baseline + 1);
        s.stroke();
        s.setLineDashPattern(new float[] {}, 0);
    }

    private static void link(PDPage on, float x1, float y1, float x2, float y2, Heading target) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x1, y1, x2 - x1, y2 - y1));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(destination(target));
        link.setAction(action);
        on.getAnnotations().add(link);
    }

    private static PDPageXYZDestination destination(Heading h) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(h.page());
        d.setLeft(0);
        d.setTop((int) Math.ceil(h.y() + 14));
        return d;
    }

    private void outline() {
        PDDocumentOutline root = new PDDocumentOutline();
        PDOutlineItem chapter = null;
        for (Heading h : headings) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(h.number() + " " + h.text());
            item.setDestination(destination(h));
            if (h.level() == 1 || chapter == null) {
                root.addLast(item);
                chapter = item;
            } else {
                chapter.addLast(item);
            }
        }
        doc.getDocumentCatalog().setDocumentOutline(root);
    }

    private void decorate() throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float right = MARGIN_X + contentWidth();
                if (!bare.contains(p)) {
                    float hy = PAGE.getHeight() - 38;
                    text(s, fonts.printable(furniture.headerLeft()), MARGIN_X, hy, TextStyle.NOTE);
                    String hr = fonts.printable(furniture.headerRight());
                    text(s, hr, right - fonts.width(hr, TextStyle.NOTE.size()), hy, TextStyle.NOTE);
                    rule(s, MARGIN_X, hy - 5, right, hy - 5, RULE, 0.5f);
                }
                float fy = 34;
                rule(s, MARGIN_X, fy + 11, right, fy + 11, RULE, 0.5f);
                text(s, fonts.printable(furniture.footerLeft()), MARGIN_X, fy, TextStyle.NOTE);
                String label = fonts.printable(furniture.pageLabel().of(i + 1, total));
                text(s, label, right - fonts.width(label, TextStyle.NOTE.size()), fy, TextStyle.NOTE);
            }
        }
    }

    private void metadata() {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setSubject(metadata.subject());
        info.setAuthor(metadata.author());
        info.setKeywords(metadata.keywords());
        info.setCreator("PledgeBench");
        info.setProducer("PledgeBench (Apache PDFBox)");
        info.setCreationDate(metadata.created());
        info.setModificationDate(metadata.created());
        byte[] id = Arrays.copyOf(sha256(metadata.idSeed()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.getDocumentCatalog().setLanguage(metadata.language());
    }

    /** A calendar for {@link Metadata#created()} from an instant, in UTC so the bytes do not depend on the machine. */
    public static Calendar utc(java.time.Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli() / 1000 * 1000);
        return c;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        try {
            closeStream();
        } catch (UncheckedIOException e) {
            failure = e.getCause();
        }
        try {
            doc.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        try {
            fonts.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
