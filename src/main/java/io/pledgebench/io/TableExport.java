package io.pledgebench.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes a table (header + rows) as CSV or XLSX. Text that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or carriage return) is neutralised: in CSV it gets a leading apostrophe, in XLSX
 * it is a quote-prefixed text cell, so a patent title such as {@code =HYPERLINK(...)} from an imported file
 * can never execute on the reader's machine (OWASP "CSV injection"). Numbers stay numbers. The file is
 * written to a temporary sibling and moved into place, so a failed export never leaves half a file.
 */
public final class TableExport {

    private TableExport() {
    }

    /** Writes CSV or XLSX by the file's extension ({@code .csv}, {@code .xlsx}), replacing an existing file. */
    public static void write(Path file, List<String> header, List<List<Object>> rows) {
        write(OutputFile.of(file).overwrite(true), header, rows);
    }

    /** Writes CSV or XLSX to a guarded output file (refusing what it refuses), atomically. */
    public static void write(OutputFile target, List<String> header, List<List<Object>> rows) {
        Path file = target.target();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            target.write(out -> writeCsv(out, header, rows));
        } else if (name.endsWith(".xlsx")) {
            target.write(out -> writeXlsx(out, header, rows));
        } else {
            throw new IllegalArgumentException("export file " + file + ": the name must end with .csv or .xlsx");
        }
    }

    /** The text as a spreadsheet may show it safely: formula-leading text gets a leading apostrophe. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return isFormulaLike(text) ? "'" + text : text;
    }

    static boolean isFormulaLike(String text) {
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static void writeCsv(OutputStream out, List<String> header, List<List<Object>> rows) throws IOException {
        // UTF-8 with a BOM: Excel on Chinese Windows otherwise reads UTF-8 as GBK.
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(header.stream().map(TableExport::neutralise).toList());
            for (List<Object> row : rows) {
                for (Object v : row) {
                    p.print(v == null ? "" : v instanceof Number ? plain(v) : neutralise(v.toString()));
                }
                p.println();
            }
        }
    }

    private static String plain(Object number) {
        if (number instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (number instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new IllegalArgumentException("cannot export the non-finite number " + d);
        }
        if (number instanceof Double || number instanceof Float) {
            // Double.toString writes 0.0003 as 3.0E-4 (review 13b: a royalty of 0.03 % exported so): the shortest
            // decimal that reads back as the same double, written out in plain digits, as import reads it
            return new BigDecimal(Double.toString(((Number) number).doubleValue())).stripTrailingZeros().toPlainString();
        }
        return number.toString();
    }

    private static void writeXlsx(OutputStream out, List<String> header, List<List<Object>> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            Sheet sheet = wb.createSheet("Export");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                text(h.createCell(i), header.get(i), quoted);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof Number n) {
                        cell.setCellValue(Double.parseDouble(plain(n)));
                    } else {
                        text(cell, v.toString(), quoted);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static void text(Cell cell, String s, CellStyle quoted) {
        cell.setCellValue(s);
        if (!s.isEmpty() && isFormulaLike(s)) {
            cell.setCellStyle(quoted);
        }
    }
}
