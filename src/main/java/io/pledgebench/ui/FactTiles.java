package io.pledgebench.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Headline figures as tiles (name above figure) that flow onto the next line in a narrow window: a figure is never
 * cut ("2,419.12 ...").
 */
public final class FactTiles extends FlowPane {

    /** The widest a tile's name is drawn on one line before it wraps. */
    static final double KEY_WIDTH = 250;

    public FactTiles() {
        super(22, 8);
        getStyleClass().add("fact-tiles");
    }

    /** Removes every tile. */
    public FactTiles clear() {
        getChildren().clear();
        return this;
    }

    public FactTiles add(String label, String value) {
        return add(label, value, null);
    }

    public FactTiles add(String label, String value, String id) {
        Label k = new Label(label);
        k.getStyleClass().add("fact-key");
        // a long name wraps onto a second line instead of widening the screen past a 1024 px window (the figure,
        // never cut, sets the tile's least width)
        k.setWrapText(true);
        k.setMaxWidth(KEY_WIDTH);
        k.setMinHeight(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.getStyleClass().add("summary-value");
        v.setMinWidth(Region.USE_PREF_SIZE);
        if (id != null) {
            v.setId(id);
        }
        VBox tile = new VBox(2, k, v);
        tile.getStyleClass().add("fact-tile");
        tile.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(tile);
        return this;
    }
}
