package io.pledgebench.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file into a {@link Table}. The encoding is detected, not assumed: a byte-order mark decides
 * (UTF-8, UTF-16); otherwise the bytes are decoded as strict UTF-8 and, if that fails anywhere, as
 * GB18030 (the superset of GBK and GB2312 that Chinese Excel writes). The delimiter is the one of
 * {@code , ; TAB} that occurs most often in the header line outside quotes.
 */
final class CsvTables {

    private CsvTables() {
    }

    /** The decoded text and the name of the encoding found. */
    record Decoded(String text, Charset charset, boolean bom) {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            Charset gb = Charset.forName("GB18030");
            return new Decoded(new String(bytes, gb), gb, false);
        }
    }

    /** Parses {@code text}; the first non-blank record is the header. */
    static Table parse(String text, String file) {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false)
                .get();
        List<String> headers = null;
        int headerRow = 0;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord r : parser) {
                number++;
                List<String> cells = r.toList();
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells;
                    headerRow = number;
                } else {
                    rows.add(new Table.Row(number, cells));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the parser's own words ("(startline 3) EOF reached before encapsulated token finished") name neither
            // the cell nor the fault as a user knows it: the quotation mark out of place is found and named instead
            throw BadQuote.in(text, delimiter, headers, e);
        }
        return new Table(file, null, headerRow, headers == null ? List.of() : headers, rows);
    }

    /**
     * A CSV text that cannot be split into rows and cells because of a quotation mark: one opened and never closed
     * (the rest of the file would be one cell), or text after the closing mark of a quoted cell. The row (as a
     * spreadsheet numbers it), the column (its header, or its position when the header itself is affected) and the
     * cell's start are named; the reason is said in both languages.
     */
    static final class BadQuote extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** How much of the cell a message quotes (ProblemLog shortens it further). */
        private static final int QUOTED = 200;
        final Integer row;
        final String column;
        final String value;
        final transient io.pledgebench.domain.Text reason;

        private BadQuote(Integer row, String column, String value, io.pledgebench.domain.Text reason, Throwable cause) {
            super(reason.english(), cause);
            this.row = row;
            this.column = column;
            this.value = value;
            this.reason = reason;
        }

        /** Finds the quotation mark out of place in {@code text}, split as RFC 4180 splits it. */
        static BadQuote in(String text, char delimiter, List<String> headers, Throwable cause) {
            int row = 1;
            int field = 0;
            boolean atStart = true;    // only spaces seen so far in this cell
            boolean quoted = false;    // inside a quoted cell
            boolean closed = false;    // after the closing mark of a quoted cell
            int quoteAt = -1;
            int quoteRow = 0;
            int quoteField = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            i++;
                        } else {
                            quoted = false;
                            closed = true;
                        }
                    }
                    continue;
                }
                if (c == delimiter || c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (c == delimiter) {
                        field++;
                    } else {
                        row++;
                        field = 0;
                    }
                    atStart = true;
                    closed = false;
                } else if (closed && c != ' ') {
                    return new BadQuote(quoteRow, column(headers, quoteRow, quoteField), cell(text, quoteAt),
                            io.pledgebench.domain.Text.of("io.problem.textAfterQuote"), cause);
                } else if (atStart && c == '"') {
                    quoted = true;
                    quoteAt = i;
                    quoteRow = row;
                    quoteField = field;
                    atStart = false;
                } else if (c != ' ') {
                    atStart = false;
                }
            }
            if (quoted) {
                return new BadQuote(quoteRow, column(headers, quoteRow, quoteField), cell(text, quoteAt),
                        io.pledgebench.domain.Text.of("io.problem.quoteNotClosed"), cause);
            }
            return new BadQuote(null, null, null, io.pledgebench.domain.Text.of("io.problem.quoteMisplaced"), cause);
        }

        private static String column(List<String> headers, int row, int field) {
            return headers != null && field < headers.size() && !headers.get(field).isBlank() ? headers.get(field)
                    : "#" + (field + 1);
        }

        private static String cell(String text, int from) {
            int end = Math.min(text.length(), from + QUOTED);
            String cell = text.substring(from, end);
            return end < text.length() ? cell + "\u2026" : cell.stripTrailing();
        }
    }

    private static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    if (comma + semicolon + tab > 0) {
                        break;
                    }
                } else if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
