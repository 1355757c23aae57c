package io.pledgebench.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Tables the officer can read whatever the window's size: a column is never narrower than its header, a column
 * marked {@link #whole whole} (patent numbers, dates, amounts) is as wide as its longest entry, every other cell
 * shows its full text in a tooltip when it is cut, and a column may {@link #wrap wrap} its text instead.
 */
final class Tables {

    /** Space a cell takes around its text (padding and the sort arrow of a header). */
    private static final double PADDING = 30;
    private static final String WHOLE = "pledgebench.whole";

    private Tables() {
    }

    /** Marks {@code column} to be as wide as its widest entry, shown by {@code text}. */
    static <S, T> TableColumn<S, T> whole(TableColumn<S, T> column, Function<S, String> text) {
        column.getProperties().put(WHOLE, text);
        return column;
    }

    /** {@code column} wraps its text within its width (the row grows), as a reason the officer must read whole. */
    static <S> TableColumn<S, String> wrap(TableColumn<S, String> column) {
        return wrap(column, "wrapped-cell");
    }

    /** {@link #wrap(TableColumn)} with the style class {@code styleClass} on the wrapped text. */
    static <S> TableColumn<S, String> wrap(TableColumn<S, String> column, String styleClass) {
        column.setCellFactory(col -> {
            TableCell<S, String> cell = new TableCell<>() {
                private final Text text = new Text();

                {
                    text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                    text.getStyleClass().add(styleClass);
                    text.fillProperty().bind(textFillProperty());
                    text.fontProperty().bind(fontProperty());
                }

                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    text.setText(empty || item == null ? "" : item);
                    setGraphic(empty ? null : text);
                }
            };
            return cell;
        });
        return column;
    }

    /**
     * Makes {@code table} readable: minimum widths from headers and from {@link #whole whole} columns' entries
     * (kept up to date with the items), tooltips with the whole text on every text cell.
     */
    /**
     * Gives every table under {@code node} that has no placeholder of its own the text {@code empty}, in the
     * screen's language: JavaFX's own ("No content in table") follows the JVM's locale, not the workbench's (cold
     * review 16 #10). Looks into tabs, scroll panes and split panes, whose content is not yet a child before layout.
     */
    static void placeholders(javafx.scene.Node node, String empty) {
        if (node instanceof TableView<?> t && t.getPlaceholder() == null) {
            javafx.scene.control.Label l = new javafx.scene.control.Label(empty);
            l.getStyleClass().add("text-muted");
            t.setPlaceholder(l);
        } else if (node instanceof javafx.scene.control.TabPane tp) {
            tp.getTabs().forEach(tab -> placeholders(tab.getContent(), empty));
        } else if (node instanceof javafx.scene.control.ScrollPane sp) {
            placeholders(sp.getContent(), empty);
        } else if (node instanceof javafx.scene.control.SplitPane sp) {
            sp.getItems().forEach(n -> placeholders(n, empty));
        } else if (node instanceof javafx.scene.control.TitledPane tp) {
            placeholders(tp.getContent(), empty);
        } else if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> placeholders(n, empty));
        }
    }

    static <S> TableView<S> readable(TableView<S> table) {
        table.getColumns().forEach(Tables::tooltips);
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(Tables::tooltips);
            }
            fitLater(table);
        });
        table.itemsProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.addListener((ListChangeListener<S>) c -> fitLater(table));
            }
            fitLater(table);
        });
        if (table.getItems() != null) {
            table.getItems().addListener((ListChangeListener<S>) c -> fitLater(table));
        }
        table.skinProperty().addListener((o, was, now) -> fitLater(table));
        fitLater(table);
        return table;
    }

    private static <S> void fitLater(TableView<S> table) {
        if (Platform.isFxApplicationThread()) {
            Platform.runLater(() -> fit(table));
        }
    }

    /**
     * How many of a column's entries are measured: the longest distinct ones (by characters). Laying out a text costs
     * tens of microseconds on the FX thread, so measuring every entry of a 10,000-loan book held the FX thread for
     * seconds; the entries of a whole column (identifiers, dates, amounts) are widest among their longest.
     */
    static final int MEASURED = 48;

    /**
     * Above this many rows the texts of the whole columns are gathered off the FX thread (formatting 10,000 rows'
     * dates, ids and statuses takes longer than a frame); only the longest are measured back on it.
     */
    static final int GATHERED_IN_BACKGROUND = 1_000;

    private static final String GENERATION = "pledgebench.fitGeneration";
    private static final java.util.concurrent.Executor GATHERING = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "pledgebench-table-fit");
                t.setDaemon(true);
                return t;
            });

    /**
     * Sets each column's minimum width: at once for a table of up to {@link #GATHERED_IN_BACKGROUND} rows, else from
     * the rows as they are now once their texts are gathered and measured (a newer fit of the same table wins). For a
     * large table the FX thread only reads the headers and the font and, once measured, sets the widths: the texts
     * are measured in the background on a {@link Text} of their own, never in a scene (JavaFX lets a node outside a
     * showing scene be used on any thread), as hundreds of text layouts took the FX thread about 10 ms as a monitoring
     * run of the loan book ended (ADR 0016).
     */
    @SuppressWarnings("unchecked")
    static <S> void fit(TableView<S> table) {
        List<TableColumn<S, ?>> columns = List.copyOf(table.getColumns());
        List<String> headers = columns.stream().map(TableColumn::getText).toList();
        List<S> items = table.getItems() == null ? List.of() : table.getItems();
        Font font = font(table);
        // every fit is newer than the gathering under way, whose result is then dropped
        long generation = ((Long) table.getProperties().getOrDefault(GENERATION, 0L)) + 1;
        table.getProperties().put(GENERATION, generation);
        if (items.size() <= GATHERED_IN_BACKGROUND) {
            apply(columns, measure(headers, gather(columns, items), font));
            return;
        }
        List<S> rows = new ArrayList<>(items);
        GATHERING.execute(() -> {
            double[] widths;
            try {
                widths = measure(headers, gather(columns, rows), font);
            } catch (RuntimeException e) {
                // the workbench's handler of unexpected errors reports it, as for any failure on the FX thread
                Platform.runLater(() -> {
                    throw e;
                });
                return;
            }
            Platform.runLater(() -> {
                if (generation == (Long) table.getProperties().get(GENERATION)) {
                    apply(columns, widths);
                }
            });
        });
    }

    /** Per column, the longest texts of its entries to measure (none for a column that is not whole). */
    @SuppressWarnings("unchecked")
    private static <S> List<Collection<String>> gather(List<TableColumn<S, ?>> columns, List<S> items) {
        List<Collection<String>> out = new ArrayList<>(columns.size());
        for (TableColumn<S, ?> c : columns) {
            Object whole = c.getProperties().get(WHOLE);
            out.add(whole instanceof Function<?, ?> f ? longest(items, (Function<S, String>) f) : List.of());
        }
        return out;
    }

    /** Per column, the width its header and its texts need in {@code font}, measured on a text node of its own. */
    private static double[] measure(List<String> headers, List<Collection<String>> texts, Font font) {
        Text measure = new Text();
        measure.setFont(font);
        double[] widths = new double[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            double min = width(headers.get(i), measure);
            for (String s : texts.get(i)) {
                min = Math.max(min, width(s, measure));
            }
            widths[i] = Math.ceil(min);
        }
        return widths;
    }

    private static <S> void apply(List<TableColumn<S, ?>> columns, double[] widths) {
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<S, ?> c = columns.get(i);
            c.setMinWidth(widths[i]);
            if (c.getPrefWidth() < c.getMinWidth()) {
                c.setPrefWidth(c.getMinWidth());
            }
        }
    }

    /** The at most {@link #MEASURED} longest distinct texts of the items. */
    static <S> Collection<String> longest(List<S> items, Function<S, String> text) {
        // the shortest kept is at the head, so a longer text replaces it
        java.util.PriorityQueue<String> kept = new java.util.PriorityQueue<>(MEASURED + 1,
                java.util.Comparator.comparingInt(String::length));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (S item : items) {
            String s = text.apply(item);
            if (s == null || s.isEmpty()) {
                continue;
            }
            if (kept.size() == MEASURED && s.length() <= kept.peek().length()) {
                continue;
            }
            if (seen.add(s)) {
                kept.add(s);
                if (kept.size() > MEASURED) {
                    seen.remove(kept.poll());
                }
            }
        }
        return kept;
    }

    private static double width(String s, Text measure) {
        if (s == null || s.isEmpty()) {
            return PADDING;
        }
        measure.setText(s);
        return measure.getLayoutBounds().getWidth() + PADDING;
    }

    /** The font the table draws with (bold: a header's, the wider one), or the default before its skin exists. */
    private static Font font(TableView<?> table) {
        Font base = Font.getDefault();
        for (Node n : table.lookupAll(".label")) {
            if (n instanceof Labeled l) {
                base = l.getFont();
                break;
            }
        }
        return Font.font(base.getFamily(), FontWeight.BOLD, base.getSize());
    }

    /** Wraps the column's cell factory: a cell with text gets a tooltip with that whole text. */
    private static <S, T> void tooltips(TableColumn<S, T> column) {
        Callback<TableColumn<S, T>, TableCell<S, T>> inner = column.getCellFactory();
        column.setCellFactory(col -> {
            TableCell<S, T> cell = inner.call(col);
            Tooltip tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(600);
            tip.textProperty().bind(cell.textProperty());
            cell.textProperty().addListener((o, was, now) -> cell.setTooltip(now == null || now.isEmpty() ? null : tip));
            return cell;
        });
        column.getColumns().forEach(Tables::tooltips);
    }
}
