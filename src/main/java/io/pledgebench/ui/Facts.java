package io.pledgebench.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Label–value pairs laid out in a grid, as the result panels show them. */
final class Facts {

    private final GridPane grid;
    private final boolean horizontal;
    private final int perRow;
    private int n;

    /** {@code horizontal}: pairs side by side (label above value); otherwise one pair per row. */
    Facts(GridPane grid, boolean horizontal) {
        this(grid, horizontal, Integer.MAX_VALUE);
    }

    /** Side by side, at most {@code perRow} pairs on a line. */
    Facts(GridPane grid, boolean horizontal, int perRow) {
        this.grid = grid;
        this.horizontal = horizontal;
        this.perRow = perRow;
        grid.getChildren().clear();
    }

    Facts add(String label, String value, String id) {
        Label k = new Label(label);
        k.getStyleClass().add("fact-key");
        // a name is never cut; a long value wraps
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        if (id != null) {
            v.setId(id);
        }
        if (horizontal) {
            v.getStyleClass().add("summary-value");
            grid.add(k, n % perRow, 2 * (n / perRow));
            grid.add(v, n % perRow, 2 * (n / perRow) + 1);
        } else {
            grid.add(k, 0, n);
            grid.add(v, 1, n);
        }
        n++;
        return this;
    }

    Facts add(String label, String value) {
        return add(label, value, null);
    }
}
