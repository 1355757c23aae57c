package io.pledgebench.io;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An XLSX workbook with sheets {@code Patents} (or 专利), optionally {@code Enterprise} (企业) and {@code Loan}
 * (贷款), matched case-insensitively. Hidden sheets are ignored (with a note), since what the user does not
 * see should not become collateral. A formula cell counts with the value Excel last calculated and
 * stored; one without a stored value is refused, because this reader does not recalculate formulas.
 * The zip container is opened under POI's zip-bomb limits, and a bomb is reported, not expanded.
 */
final class XlsxPortfolioReader {

    /** POI's inflate-ratio guard (its default, set here so no other code can loosen it) and a per-entry cap. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * Worksheets above this uncompressed size are read with SAX (bounded memory); smaller ones with POI's object model,
     * which is as exact and faster to open. Both give the same table (XlsxStreamingEquivalenceTest).
     */
    static final long STREAM_ABOVE = 8L * 1024 * 1024;
    private static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;

    private static final Set<String> PATENT_SHEETS = Set.of("patents", "patent", "专利", "专利清单", "专利列表", "专利信息");
    private static final Set<String> ENTERPRISE_SHEETS = Set.of("enterprise", "company", "企业", "企业信息", "出质人");
    private static final Set<String> LOAN_SHEETS = Set.of("loan", "loan_request", "贷款", "贷款申请", "融资申请");

    private XlsxPortfolioReader() {
    }

    /** Reads {@code file} with SAX ({@code streaming}) or with POI's object model, whatever its size; for tests. */
    static ImportResult read(Path file, boolean streaming) {
        ProblemLog log = new ProblemLog();
        String shown = PortfolioReader.shownName(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (streaming) {
                return readStreaming(pkg, file, shown, log, ColumnMapping.NONE);
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                return read(wb, file, shown, log, ColumnMapping.NONE);
            }
        } catch (Exception e) {
            return unreadable(e, shown, log);
        }
    }

    static ImportResult read(Path file, String shown, ProblemLog log, ColumnMapping mapping) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Text tooMany = sharedStringsProblem(pkg, shown);
            if (tooMany != null) {
                log.add(shown, null, null, null, null, tooMany);
                return new ImportResult(null, null, log.problems(), 0, log.notes());
            }
            // a large text table goes to the SAX reader too: POI's object model would hold it as XML beans, many times its size
            if (XlsxSheetStream.largestSheet(file) > STREAM_ABOVE || sharedStringsBytes(pkg) > STREAM_ABOVE) {
                return readStreaming(pkg, file, shown, log, mapping);
            }
        } catch (Exception e) {
            return unreadable(e, shown, log);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            return read(wb, file, shown, log, mapping);
        } catch (Exception e) {
            return unreadable(e, shown, log);
        }
    }

    /**
     * An OLE2 compound file: an old Excel {@code .xls} workbook (read like an {@code .xlsx}), or a password-protected
     * workbook (Excel stores an encrypted {@code .xlsx} in this container), which is refused with what to do.
     */
    static ImportResult readOle2(Path file, String shown, ProblemLog log, ColumnMapping mapping) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
            org.apache.poi.poifs.filesystem.DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return encrypted(shown, log);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                log.add(shown, null, null, null, null, Text.of("io.problem.unknownFormat", shown));
                return new ImportResult(null, null, log.problems(), 0, log.notes());
            }
            try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(root, true)) {
                return read(wb, file, shown, log, mapping);
            }
        } catch (org.apache.poi.EncryptedDocumentException e) {
            return encrypted(shown, log);
        } catch (Exception e) {
            return unreadable(e, shown, log);
        }
    }

    /**
     * The workbook's table of texts (shared strings) is kept in memory while the sheets are read, one Java string per
     * text: at most this many texts (five text cells for each of the 200,000 patent rows an import reads) …
     */
    static final int MAX_SHARED_STRINGS = 1_000_000;
    /**
     * … holding at most this many characters together, so the table takes at most about 100 MB of memory (32 MB of
     * Latin text or 64 MB of Chinese, plus about 40 bytes per text); a workbook above either bound is refused, naming
     * the part, before anything is read.
     */
    static final long MAX_SHARED_STRING_CHARS = 32L * 1024 * 1024;

    /** Counts the texts of each shared-strings part in one SAX pass (stopping at a bound); the reason to refuse, or null. */
    static Text sharedStringsProblem(OPCPackage pkg, String shown) throws java.io.IOException {
        return sharedStringsProblem(pkg, shown, MAX_SHARED_STRINGS, MAX_SHARED_STRING_CHARS);
    }

    static Text sharedStringsProblem(OPCPackage pkg, String shown, int maxStrings, long maxChars) throws java.io.IOException {
        for (org.apache.poi.openxml4j.opc.PackagePart part
                : pkg.getPartsByContentType(org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType())) {
            long[] counted = {0, 0};
            String name = part.getPartName().getName().replaceFirst("^/", "");
            Text[] refused = {null};
            org.xml.sax.helpers.DefaultHandler counter = new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes a)
                        throws org.xml.sax.SAXException {
                    if ("si".equals(localName) && ++counted[0] > maxStrings) {
                        refused[0] = Text.of("io.problem.sharedStringsTooMany", shown, name,
                                String.format(java.util.Locale.ROOT, "%,d", maxStrings));
                        throw new org.xml.sax.SAXException("bound");
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) throws org.xml.sax.SAXException {
                    counted[1] += length;
                    if (counted[1] > maxChars) {
                        refused[0] = Text.of("io.problem.sharedStringsTooLong", shown, name,
                                String.format(java.util.Locale.ROOT, "%,d", maxChars));
                        throw new org.xml.sax.SAXException("bound");
                    }
                }
            };
            try (java.io.InputStream in = part.getInputStream()) {
                SecureXml.saxParser().parse(in, counter);
            } catch (org.xml.sax.SAXException e) {
                if (refused[0] != null) {
                    return refused[0];
                }
                // not well-formed: POI's own parse reports it
            }
        }
        return null;
    }

    /** The uncompressed size of the shared-strings parts, as the zip directory states it (0 when unknown). */
    private static long sharedStringsBytes(OPCPackage pkg) {
        long size = 0;
        try {
            for (org.apache.poi.openxml4j.opc.PackagePart part
                    : pkg.getPartsByContentType(org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType())) {
                size += Math.max(part.getSize(), 0);
            }
        } catch (RuntimeException e) {
            return 0;
        }
        return size;
    }

    private static ImportResult encrypted(String shown, ProblemLog log) {
        log.add(shown, null, null, null, null, Text.of("io.problem.passwordProtected", shown));
        return new ImportResult(null, null, log.problems(), 0, log.notes());
    }

    private static ImportResult unreadable(Exception e, String shown, ProblemLog log) {
        // POI signals a bad container with several unchecked and checked types; all mean "cannot read".
        Text reason = zipBomb(e) ? Text.of("io.problem.zipBomb", shown)
                : Text.of("io.problem.unreadable", shown, String.valueOf(rootMessage(e)));
        log.add(shown, null, null, null, null, reason);
        return new ImportResult(null, null, log.problems(), 0, log.notes());
    }

    private static ImportResult read(org.apache.poi.ss.usermodel.Workbook wb, Path file, String shown, ProblemLog log,
                                     ColumnMapping mapping) throws Exception {
        List<Sheet> sheets = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            sheets.add(wb.getSheetAt(i));
            hidden.add(wb.isSheetHidden(i) || wb.isSheetVeryHidden(i));
        }
        return read(sheets, hidden, Sheet::getSheetName, s -> table(s, shown, log), file, shown, log, mapping);
    }

    /** A large workbook read with SAX, visiting only the cells its sheets hold. */
    static ImportResult readStreaming(OPCPackage pkg, Path file, String shown, ProblemLog log, ColumnMapping mapping)
            throws Exception {
        XlsxSheetStream stream = new XlsxSheetStream(pkg);
        List<XlsxSheetStream.SheetRef> sheets = stream.sheets();
        List<Boolean> hidden = sheets.stream().map(XlsxSheetStream.SheetRef::hidden).toList();
        return read(sheets, hidden, XlsxSheetStream.SheetRef::name, s -> stream.table(s, shown, log), file, shown, log,
                mapping);
    }

    @FunctionalInterface
    private interface TableOf<S> {
        Table table(S sheet) throws Exception;
    }

    private static <S> ImportResult read(List<S> sheets, List<Boolean> hidden, java.util.function.Function<S, String> name,
                                         TableOf<S> tables, Path file, String shown, ProblemLog log, ColumnMapping mapping)
            throws Exception {
        S patents = null;
        S enterprise = null;
        S loan = null;
        for (int i = 0; i < sheets.size(); i++) {
            S s = sheets.get(i);
            if (hidden.get(i)) {
                log.note(shown, name.apply(s), Text.of("io.note.hiddenSheet", name.apply(s)));
                continue;
            }
            String key = HeaderName.normalize(name.apply(s));
            if (PATENT_SHEETS.contains(key) && patents == null) {
                patents = s;
            } else if (ENTERPRISE_SHEETS.contains(key) && enterprise == null) {
                enterprise = s;
            } else if (LOAN_SHEETS.contains(key) && loan == null) {
                loan = s;
            }
        }
        if (patents == null) {
            log.add(shown, null, null, null, null, Text.of("io.problem.noPatentsSheet", shown));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        Table patentTable = tables.table(patents);
        List<Patent> good = PatentTableReader.read(patentTable, log, mapping);
        Enterprise e = null;
        String currency = null;
        if (enterprise != null) {
            FieldTableReader.Read<Enterprise> r = FieldTableReader.enterprise(tables.table(enterprise), log);
            e = r.value();
            currency = r.currency();
        }
        LoanRequest l = null;
        if (loan != null) {
            FieldTableReader.Read<LoanRequest> r = FieldTableReader.loan(tables.table(loan), log,
                    currency == null ? "CNY" : currency);
            l = r.value();
            if (currency == null) {
                currency = r.currency();
            }
        }
        return PortfolioReader.assemble(file, e, good, l, currency, PatentTableReader.dataRows(patentTable), log);
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("exceeds the max entry size")
                    || m.contains("max text size"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The sheet as text; the first non-blank row is the header. */
    private static Table table(Sheet sheet, String shown, ProblemLog log) {
        List<String> headers = null;
        int headerRow = 0;
        List<Table.Row> rows = new ArrayList<>();
        int formulas = 0;
        if (sheet.getLastRowNum() > InputLimits.MAX_PATENT_ROWS + 1) {
            log.add(shown, sheet.getSheetName(), null, null, null, InputLimits.tooManyRows(shown + ", " + sheet.getSheetName()));
            return new Table(shown, sheet.getSheetName(), 0, List.of(), List.of());
        }
        for (Row row : sheet) {
            // only the cells that exist, and only as far as the last one holding something: one empty styled cell
            // at XFD1 must not make every row 16,384 cells wide
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    formulas++;
                }
                String v = text(cell, shown, sheet.getSheetName(), headers, log);
                if (v.isEmpty()) {
                    continue;
                }
                while (cells.size() < cell.getColumnIndex()) {
                    cells.add("");
                }
                cells.add(v);
            }
            if (headers == null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                headers = cells;
                headerRow = row.getRowNum() + 1;
            } else {
                rows.add(new Table.Row(row.getRowNum() + 1, cells));
            }
        }
        for (org.apache.poi.ss.util.CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getLastRow() > merged.getFirstRow()) {
                int c = merged.getFirstColumn();
                String column = headers != null && c < headers.size() && !headers.get(c).isBlank() ? headers.get(c)
                        : org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                log.add(shown, sheet.getSheetName(), merged.getFirstRow() + 2, column, null,
                        Text.of("hardening.xlsx.mergedCells", merged.formatAsString()));
            }
        }
        if (formulas > 0) {
            log.note(shown, sheet.getSheetName(), Text.of("io.note.formulaCachedValues", String.valueOf(formulas)));
        }
        return new Table(shown, sheet.getSheetName(), headerRow, headers == null ? List.of() : headers, rows);
    }

    /** The cell as text; a cell POI cannot give a value for is a problem naming the cell, never an exception. */
    private static String text(Cell cell, String shown, String sheet, List<String> headers, ProblemLog log) {
        if (cell == null) {
            return "";
        }
        try {
            return cellText(cell, shown, sheet, headers, log);
        } catch (RuntimeException e) {
            log.add(shown, sheet, cell.getRowIndex() + 1, header(headers, cell), null, Text.of("io.problem.cellUnreadable",
                    new org.apache.poi.ss.util.CellReference(cell).formatAsString(false), String.valueOf(rootMessage(e))));
            return "";
        }
    }

    private static String cellText(Cell cell, String shown, String sheet, List<String> headers, ProblemLog log) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                log.add(shown, sheet, cell.getRowIndex() + 1, header(headers, cell), "=" + cell.getCellFormula(),
                        Text.of("io.problem.formulaWithoutValue", cell.getCellFormula()));
                return "";
            }
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                double number = cell.getNumericCellValue();
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    String shownValue = Double.isNaN(number) ? "NaN" : number > 0 ? "INF" : "-INF";
                    log.add(shown, sheet, cell.getRowIndex() + 1, header(headers, cell), shownValue, Text.of(
                            "io.problem.notANumberCell", new org.apache.poi.ss.util.CellReference(cell).formatAsString(false),
                            shownValue));
                    return "";
                }
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
                if (format != null && format.contains("%")) {
                    // the user sees 250 %, not the stored 2.5, so that is the value to judge and to name
                    return BigDecimal.valueOf(cell.getNumericCellValue()).movePointRight(2).stripTrailingZeros()
                            .toPlainString() + "%";
                }
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "yes" : "no";
            case ERROR:
                String error = FormulaError.forInt(cell.getErrorCellValue()).getString();
                log.add(shown, sheet, cell.getRowIndex() + 1, header(headers, cell), error, Text.of("io.problem.errorCell", error));
                return "";
            default:
                return "";
        }
    }

    private static String header(List<String> headers, Cell cell) {
        int c = cell.getColumnIndex();
        if (headers != null && c < headers.size() && !headers.get(c).isBlank()) {
            return headers.get(c);
        }
        return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
    }
}
