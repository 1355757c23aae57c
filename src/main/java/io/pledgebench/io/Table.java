package io.pledgebench.io;

import java.util.List;

/**
 * Rows of a CSV file or a worksheet as text, each with the row number a spreadsheet shows (the header is
 * row {@code headerRow}); the common input of the patent, enterprise and loan readers.
 */
record Table(String file, String sheet, int headerRow, List<String> headers, List<Row> rows) {

    Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
