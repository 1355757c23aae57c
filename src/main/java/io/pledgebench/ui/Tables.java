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

    /** Sets each column's minimum width now. */
    @SuppressWarnings("unchecked")
    static <S> void fit(TableView<S> table) {
        Font font = font(table);
        for (TableColumn<S, ?> c : table.getColumns()) {
            double min = width(c.getText(), font);
            Object whole = c.getProperties().get(WHOLE);
            if (whole instanceof Function<?, ?> f && table.getItems() != null) {
                for (S item : table.getItems()) {
                    String s = ((Function<S, String>) f).apply(item);
                    min = Math.max(min, width(s, font));
                }
            }
            c.setMinWidth(Math.ceil(min));
            if (c.getPrefWidth() < c.getMinWidth()) {
                c.setPrefWidth(c.getMinWidth());
            }
        }
    }

    private static double width(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return PADDING;
        }
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth() + PADDING;
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
