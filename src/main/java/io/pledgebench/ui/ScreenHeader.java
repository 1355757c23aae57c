package io.pledgebench.ui;

import io.pledgebench.store.StoredPortfolio;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The top of a screen: its title, the portfolio it shows, a busy sign while it calculates and its actions. The
 * actions wrap onto a second line in a narrow window instead of being cut ("Save assess...").
 */
public final class ScreenHeader extends HBox {

    private final Label title = new Label();
    private final Label portfolio = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final FlowPane actions = new FlowPane(8, 6);

    public ScreenHeader() {
        super(14);
        getStyleClass().add("screen-header");
        setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("screen-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        portfolio.getStyleClass().add("text-muted");
        portfolio.setId("portfolioName");
        portfolio.setWrapText(true);
        portfolio.setMaxWidth(420);
        portfolio.setMinWidth(Region.USE_PREF_SIZE);
        VBox names = new VBox(2, title, portfolio);
        names.setMinWidth(Region.USE_PREF_SIZE);
        busy.setPrefSize(22, 22);
        busy.setMinSize(22, 22);
        busy.setVisible(false);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setPrefWrapLength(200);
        HBox.setHgrow(actions, Priority.ALWAYS);
        actions.getChildren().add(busy);
        actions.getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                for (Node n : c.getAddedSubList()) {
                    if (n instanceof Region r) {
                        // an action is never cut: it wraps onto the next line instead
                        r.setMinWidth(Region.USE_PREF_SIZE);
                    }
                }
            }
        });
        getChildren().addAll(names, actions);
        portfolio.managedProperty().bind(portfolio.textProperty().isNotEmpty());
    }

    public StringProperty titleProperty() {
        return title.textProperty();
    }

    public String getTitle() {
        return title.getText();
    }

    public void setTitle(String t) {
        title.setText(t);
    }

    /** The screen's buttons, right of the title (FXML: {@code <actions>}). */
    public ObservableList<Node> getActions() {
        return actions.getChildren();
    }

    /**
     * Shows the name of {@code portfolio} (or that none is chosen) and the busy sign while {@code calculating}: the
     * bindings each screen of a portfolio makes.
     */
    public void show(I18n i18n, ObservableValue<StoredPortfolio> portfolio, ObservableBooleanValue calculating) {
        this.portfolio.textProperty().bind(Bindings.createStringBinding(() -> portfolio.getValue() == null
                ? i18n.get("ui.valuation.noPortfolio") : portfolio.getValue().portfolio().name(), portfolio));
        busy.visibleProperty().bind(calculating);
    }

    /** Shows the busy sign while {@code busy}. */
    public void showBusy(ObservableBooleanValue busy) {
        this.busy.visibleProperty().bind(busy);
    }

    /** A line under the title instead of the portfolio (Report: what the report is of). */
    Label subtitle() {
        return portfolio;
    }
}
