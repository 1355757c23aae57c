package io.pledgebench.io;

import io.pledgebench.domain.Text;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sheets of a large XLSX workbook with SAX (POI's {@link XSSFReader}), visiting only the cells the sheet
 * XML holds, so memory grows with the content kept, not with the sheet's size or its furthest cell. Each cell is
 * turned into text exactly as {@link XlsxPortfolioReader} does from the DOM (cached formula values, dates, percents,
 * booleans, error cells, NaN), and merged cells and formulas are reported the same way.
 */
final class XlsxSheetStream {

    /** A sheet of the workbook in order: its name, whether it is hidden, and its part. */
    record SheetRef(String name, boolean hidden, String relationId) {
    }

    private final XSSFReader reader;
    private final StylesTable styles;
    private final ReadOnlySharedStringsTable strings;
    private final boolean date1904;
    private final List<SheetRef> sheets = new ArrayList<>();

    XlsxSheetStream(OPCPackage pkg) throws Exception {
        this.reader = new XSSFReader(pkg);
        this.styles = reader.getStylesTable();
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        boolean[] d1904 = {false};
        try (InputStream wb = reader.getWorkbookData()) {
            parse(wb, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes a) {
                    if (localName.equals("workbookPr")) {
                        String v = a.getValue("date1904");
                        d1904[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    } else if (localName.equals("sheet")) {
                        String state = a.getValue("state");
                        String rid = null;
                        for (int i = 0; i < a.getLength(); i++) {
                            if (a.getLocalName(i).equals("id") && a.getURI(i).contains("relationships")) {
                                rid = a.getValue(i);
                            }
                        }
                        sheets.add(new SheetRef(a.getValue("name"), state != null && !state.equals("visible"), rid));
                    }
                }
            });
        }
        this.date1904 = d1904[0];
    }

    List<SheetRef> sheets() {
        return sheets;
    }

    private static void parse(InputStream in, DefaultHandler handler) throws Exception {
        javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        XMLReader x = f.newSAXParser().getXMLReader();
        x.setContentHandler(handler);
        x.parse(new InputSource(in));
    }

    /** The sheet as a {@link Table}, with the problems and notes the DOM reader gives. */
    Table table(SheetRef sheet, String shown, ProblemLog log) throws Exception {
        Handler h = new Handler(sheet.name(), shown, log);
        try (InputStream in = reader.getSheet(sheet.relationId())) {
            parse(in, h);
        } catch (TooManyRows stop) {
            log.add(shown, sheet.name(), null, null, null, InputLimits.tooManyRows(shown + ", " + sheet.name()));
            return new Table(shown, sheet.name(), 0, List.of(), List.of());
        }
        for (String ref : h.merged) {
            CellRangeAddress merged = CellRangeAddress.valueOf(ref);
            if (merged.getLastRow() > merged.getFirstRow()) {
                int c = merged.getFirstColumn();
                String column = h.headers != null && c < h.headers.size() && !h.headers.get(c).isBlank() ? h.headers.get(c)
                        : CellReference.convertNumToColString(c);
                log.add(shown, sheet.name(), merged.getFirstRow() + 2, column, null,
                        Text.of("hardening.xlsx.mergedCells", merged.formatAsString()));
            }
        }
        if (h.formulas > 0) {
            log.note(shown, sheet.name(), Text.of("io.note.formulaCachedValues", String.valueOf(h.formulas)));
        }
        return new Table(shown, sheet.name(), h.headerRow, h.headers == null ? List.of() : h.headers, h.rows);
    }

    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private final class Handler extends DefaultHandler {
        private final String sheet;
        private final String shown;
        private final ProblemLog log;
        final List<String> merged = new ArrayList<>();
        List<String> headers;
        int headerRow;
        final List<Table.Row> rows = new ArrayList<>();
        int formulas;

        private int rowIndex = -1;
        private List<String> cells;
        private int column;
        private String type;
        private String style;
        private boolean hasFormula;
        private final StringBuilder formula = new StringBuilder();
        private boolean hasValue;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean inV;
        private boolean inF;
        private boolean inInlineText;
        private boolean inPhonetic;

        Handler(String sheet, String shown, ProblemLog log) {
            this.sheet = sheet;
            this.shown = shown;
            this.log = log;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row": {
                    String r = a.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    if (rowIndex > InputLimits.MAX_PATENT_ROWS + 1) {
                        throw new TooManyRows();
                    }
                    cells = new ArrayList<>();
                    column = -1;
                    break;
                }
                case "c": {
                    String r = a.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = a.getValue("t");
                    style = a.getValue("s");
                    hasFormula = false;
                    hasValue = false;
                    formula.setLength(0);
                    value.setLength(0);
                    inline.setLength(0);
                    break;
                }
                case "f":
                    hasFormula = true;
                    inF = true;
                    break;
                case "v":
                    hasValue = true;
                    inV = true;
                    break;
                case "rPh":
                    inPhonetic = true;
                    break;
                case "t":
                    inInlineText = !inPhonetic && "inlineStr".equals(type);
                    if (inInlineText) {
                        hasValue = true;
                    }
                    break;
                case "mergeCell":
                    merged.add(a.getValue("ref"));
                    break;
                default:
                    break;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inV) {
                value.append(ch, start, length);
            } else if (inF) {
                formula.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v":
                    inV = false;
                    break;
                case "f":
                    inF = false;
                    break;
                case "t":
                    inInlineText = false;
                    break;
                case "rPh":
                    inPhonetic = false;
                    break;
                case "c":
                    cellEnd();
                    break;
                case "row":
                    rowEnd();
                    break;
                default:
                    break;
            }
        }

        private String header() {
            if (headers != null && column < headers.size() && !headers.get(column).isBlank()) {
                return headers.get(column);
            }
            return CellReference.convertNumToColString(column);
        }

        private String reference() {
            return new CellReference(rowIndex, column).formatAsString(false);
        }

        private void cellEnd() {
            if (hasFormula) {
                formulas++;
            }
            String v;
            try {
                v = text();
            } catch (RuntimeException e) {
                log.add(shown, sheet, rowIndex + 1, header(), null, Text.of("io.problem.cellUnreadable", reference(),
                        String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
                v = "";
            }
            if (v.isEmpty()) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(v);
        }

        private String text() {
            if (hasFormula && !"inlineStr".equals(type) && !hasValue) {
                String f = formula.toString();
                log.add(shown, sheet, rowIndex + 1, header(), "=" + f, Text.of("io.problem.formulaWithoutValue", f));
                return "";
            }
            String t = type == null ? "n" : type;
            switch (t) {
                case "s":
                    return hasValue ? strings.getItemAt(Integer.parseInt(value.toString().strip())).getString() : "";
                case "inlineStr":
                    return inline.toString();
                case "str":
                    return value.toString();
                case "b":
                    return !hasValue ? "" : value.toString().strip().equals("1") ? "yes" : "no";
                case "e": {
                    if (!hasValue) {
                        return "";
                    }
                    String error = FormulaError.forString(value.toString().strip()).getString();
                    log.add(shown, sheet, rowIndex + 1, header(), error, Text.of("io.problem.errorCell", error));
                    return "";
                }
                default:
                    return hasValue ? number(value.toString().strip()) : "";
            }
        }

        private String number(String raw) {
            if (raw.isEmpty()) {
                return "";
            }
            double number = Double.parseDouble(raw);
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                String shownValue = Double.isNaN(number) ? "NaN" : number > 0 ? "INF" : "-INF";
                log.add(shown, sheet, rowIndex + 1, header(), shownValue, Text.of("io.problem.notANumberCell", reference(),
                        shownValue));
                return "";
            }
            XSSFCellStyle cs = styles.getStyleAt(style == null ? 0 : Integer.parseInt(style));
            String format = cs == null ? null : cs.getDataFormatString();
            if (cs != null && DateUtil.isValidExcelDate(number) && DateUtil.isADateFormat(cs.getDataFormat(), format)) {
                return DateUtil.getLocalDateTime(number, date1904).toLocalDate().toString();
            }
            if (format != null && format.contains("%")) {
                return BigDecimal.valueOf(number).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }

        private void rowEnd() {
            if (headers == null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    return;
                }
                headers = cells;
                headerRow = rowIndex + 1;
            } else {
                rows.add(new Table.Row(rowIndex + 1, cells));
            }
        }
    }

    /** Uncompressed size of the largest worksheet part, to choose between this reader and the DOM. */
    static long largestSheet(java.nio.file.Path file) {
        long max = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                    max = Math.max(max, e.getSize());
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
        return max;
    }

}
