package io.pledgebench.io;

import io.pledgebench.domain.Text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bounds on what one import reads, so that an oversized or hostile file is refused with a message saying what to do
 * instead of exhausting memory: patent rows per portfolio (twice SPEC's 100,000-patent target), columns per row
 * (Excel's own limit) and the size of a CSV file. CSV is checked by streaming its bytes before it is read: a
 * 1,000,000-row file is refused after counting, without being held in memory. JSON and XML are streamed and bounded by
 * their readers (records, one record's size, events kept).
 */
final class InputLimits {

    static final int MAX_PATENT_ROWS = 200_000;
    static final int MAX_COLUMNS = 16_384;
    static final long MAX_CSV_BYTES = 256L * 1024 * 1024;

    private InputLimits() {
    }

    /**
     * Why a CSV file is too large to import, or null. Counts records (line breaks outside quotes) and the cells of the
     * widest record in one streaming pass; '"', ',', ';', TAB and line breaks are single bytes in UTF-8 and GB18030 and
     * never part of another character, so the count is right for both (UTF-16 is bounded by its size only).
     */
    static Text csvProblem(Path file, String shown) throws IOException {
        long size = Files.size(file);
        if (size > MAX_CSV_BYTES) {
            return Text.of("io.problem.fileTooLarge", shown, mb(size), mb(MAX_CSV_BYTES));
        }
        long records = 0;
        int cells = 1;
        int widest = 0;
        boolean quoted = false;
        boolean content = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '"') {
                        quoted = !quoted;
                        content = true;
                    } else if (quoted) {
                        continue;
                    } else if (b == '\n') {
                        if (content) {
                            records++;
                        }
                        widest = Math.max(widest, cells);
                        cells = 1;
                        content = false;
                    } else if (b == ',' || b == ';' || b == '\t') {
                        cells++;
                        if (cells > MAX_COLUMNS) {
                            return Text.of("io.problem.tooManyColumns", shown, String.valueOf(MAX_COLUMNS));
                        }
                    } else if (b != '\r' && b != ' ') {
                        content = true;
                    }
                }
                // the header is one of the records
                if (records - 1 > MAX_PATENT_ROWS) {
                    return tooManyRows(shown);
                }
            }
        }
        return null;
    }

    static Text tooManyRows(String shown) {
        return Text.of("io.problem.tooManyRows", shown, String.format(java.util.Locale.ROOT, "%,d", MAX_PATENT_ROWS));
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }
}
