package io.pledgebench.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table for {@link ReportDocument#table}: columns with relative widths and alignment, a header row that is
 * repeated on every page the table spans, and body rows whose cells wrap.
 */
public final class PdfTable {

    public enum Align { LEFT, RIGHT, CENTER }

    public record Column(String header, float weight, Align align) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column '" + header + "' needs a positive width weight, was " + weight);
            }
        }
    }

    /** A body row; {@code emphasis} draws it bold (totals, the reconciled value). */
    public record Row(List<String> cells, boolean emphasis) {
        public Row {
            cells = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
        }
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private boolean headerVisible = true;

    public PdfTable column(String header, float weight, Align align) {
        columns.add(new Column(header, weight, align));
        return this;
    }

    public PdfTable left(String header, float weight) {
        return column(header, weight, Align.LEFT);
    }

    public PdfTable right(String header, float weight) {
        return column(header, weight, Align.RIGHT);
    }

    /** A table without a header row (key/value lists). */
    public PdfTable withoutHeader() {
        headerVisible = false;
        return this;
    }

    public PdfTable row(String... cells) {
        return add(List.of(cells), false);
    }

    public PdfTable emphasisRow(String... cells) {
        return add(java.util.Arrays.asList(cells), true);
    }

    private PdfTable add(List<String> cells, boolean emphasis) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells but the table has " + columns.size()
                    + " columns: " + cells);
        }
        rows.add(new Row(new ArrayList<>(cells), emphasis));
        return this;
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public boolean headerVisible() {
        return headerVisible;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
