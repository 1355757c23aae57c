package io.pledgebench.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** A table column of numbers: the value kept as a number (so it sorts as one), shown formatted and right-aligned. */
final class NumberColumn {

    private NumberColumn() {
    }

    static <T> TableColumn<T, Double> of(String title, ToDoubleFunction<T> value, Function<Double, String> format,
                                         double prefWidth) {
        TableColumn<T, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        c.setPrefWidth(prefWidth);
        return c;
    }
}
