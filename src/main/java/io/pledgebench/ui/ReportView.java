package io.pledgebench.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/** Controller of ReportView.fxml: the page images with zoom, fit width and page x of y. */
public final class ReportView {

    private static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};
    /** Pixels a page needs beside it in fit-width mode: the page box padding and the scroll bar. */
    private static final double FIT_MARGIN = 2 * 14 + 20;

    private final ReportViewModel vm;
    private final I18n i18n;
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final IntegerProperty currentPage = new SimpleIntegerProperty(this, "currentPage", 0);

    @FXML private ScreenHeader header;
    private Label sourceLabel;
    @FXML private Button showCurrent;
    @FXML private Button print;
    @FXML private Button save;
    @FXML private ComboBox<Locale> language;
    @FXML private Button zoomOut;
    @FXML private Label zoomLabel;
    @FXML private Button zoomIn;
    @FXML private ToggleButton fitWidth;
    @FXML private Button previous;
    @FXML private Label pageLabel;
    @FXML private Button next;
    @FXML private Label message;
    @FXML private ScrollPane scroll;
    @FXML private VBox pageBox;
    @FXML private Label placeholder;

    ReportView(ReportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        sourceLabel = header.subtitle();
        sourceLabel.setId("reportSource");
        sourceLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.titleProperty().get() == null ? ""
                : i18n.render(vm.titleProperty().get()), vm.titleProperty()));
        message.textProperty().bind(Bindings.createStringBinding(() -> i18n.render(vm.messageProperty().get()),
                vm.messageProperty()));
        header.showBusy(vm.renderingProperty().or(vm.printingProperty()));
        showCurrent.disableProperty().bind(vm.currentAssessmentProperty().isNull());
        var noPdf = vm.pdfProperty().isNull();
        print.disableProperty().bind(noPdf.or(vm.printingProperty()));
        save.disableProperty().bind(noPdf);
        placeholder.visibleProperty().bind(vm.sourceProperty().isNull());
        scroll.visibleProperty().bind(vm.sourceProperty().isNotNull());

        language.getItems().setAll(SettingsViewModel.LANGUAGES);
        language.setCellFactory(l -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.setValue(vm.languageProperty().get());
        language.valueProperty().addListener((o, was, now) -> vm.languageProperty().set(now));

        zoomLabel.textProperty().bind(Bindings.createStringBinding(() -> i18n.percent(zoom.get(), 0), zoom));
        zoomOut.disableProperty().bind(zoom.lessThanOrEqualTo(ZOOMS[0]));
        zoomIn.disableProperty().bind(zoom.greaterThanOrEqualTo(ZOOMS[ZOOMS.length - 1]));
        zoom.addListener((o, was, now) -> resizePages());
        fitWidth.selectedProperty().addListener((o, was, now) -> fit());
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            fit();
            updateCurrentPage();
        });
        scroll.vvalueProperty().addListener((o, was, now) -> updateCurrentPage());
        // Pages narrower than the viewport stay centred; wider ones scroll sideways.
        pageBox.minWidthProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth(),
                scroll.viewportBoundsProperty()));

        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.pageCountProperty().get() == 0 ? ""
                : i18n.get("ui.report.pageOf", currentPage.get() + 1, vm.pageCountProperty().get()),
                currentPage, vm.pageCountProperty()));
        previous.disableProperty().bind(currentPage.lessThanOrEqualTo(0));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> currentPage.get() + 1 >= pageBox.getChildren().size(),
                currentPage, pageBox.getChildren()));

        vm.pages().addListener((ListChangeListener<Image>) c -> showPages());
        showPages();
    }

    private void showPages() {
        List<Image> images = vm.pages();
        if (images.size() < pageBox.getChildren().size()) {
            pageBox.getChildren().clear();
            scroll.setVvalue(0);
            currentPage.set(0);
        }
        for (int i = pageBox.getChildren().size(); i < images.size(); i++) {
            ImageView view = new ImageView(images.get(i));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.getStyleClass().add("report-page");
            view.setAccessibleText(i18n.get("ui.report.pageOf", i + 1, vm.pageCountProperty().get()));
            size(view);
            pageBox.getChildren().add(view);
        }
        fit();
        updateCurrentPage();
    }

    /** Width of a page at 100 %: its paper size on a standard 96 dpi screen. */
    private static double actualWidth(Image image) {
        return image.getWidth() * 96 / ReportViewModel.PREVIEW_DPI;
    }

    private void size(ImageView view) {
        view.setFitWidth(actualWidth(view.getImage()) * zoom.get());
    }

    private void resizePages() {
        for (Node n : pageBox.getChildren()) {
            size((ImageView) n);
        }
        updateCurrentPage();
    }

    private void fit() {
        if (!fitWidth.isSelected() || vm.pages().isEmpty()) {
            return;
        }
        double available = scroll.getViewportBounds().getWidth() - FIT_MARGIN;
        if (available > 0) {
            zoom.set(available / actualWidth(vm.pages().get(0)));
        }
    }

    /**
     * Top of each page and, last, the height of all pages, computed from the page sizes rather than read from the
     * layout, which lags a pulse behind pages that have just arrived or been zoomed.
     */
    private double[] pageTops() {
        List<Node> children = pageBox.getChildren();
        double[] tops = new double[children.size() + 1];
        double y = pageBox.getPadding().getTop();
        for (int i = 0; i < children.size(); i++) {
            tops[i] = y;
            Image image = ((ImageView) children.get(i)).getImage();
            y += ((ImageView) children.get(i)).getFitWidth() * image.getHeight() / image.getWidth() + pageBox.getSpacing();
        }
        tops[children.size()] = y - (children.isEmpty() ? 0 : pageBox.getSpacing()) + pageBox.getPadding().getBottom();
        return tops;
    }

    private void updateCurrentPage() {
        int n = pageBox.getChildren().size();
        if (n == 0) {
            currentPage.set(0);
            return;
        }
        double[] tops = pageTops();
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = Math.max(0, tops[n] - viewport);
        // The page that fills the upper part of the viewport is the one being read.
        double line = scroll.getVvalue() * hidden + viewport * 0.4;
        int page = 0;
        for (int i = 0; i < n; i++) {
            if (tops[i] <= line) {
                page = i;
            }
        }
        currentPage.set(page);
    }

    private void goTo(int page) {
        int n = pageBox.getChildren().size();
        if (page < 0 || page >= n) {
            return;
        }
        double[] tops = pageTops();
        double hidden = tops[n] - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            scroll.setVvalue(Math.min(1, tops[page] / hidden));
        }
        currentPage.set(page);
    }

    @FXML
    private void zoomIn() {
        fitWidth.setSelected(false);
        for (double z : ZOOMS) {
            if (z > zoom.get() + 1e-9) {
                zoom.set(z);
                return;
            }
        }
    }

    @FXML
    private void zoomOut() {
        fitWidth.setSelected(false);
        for (int i = ZOOMS.length - 1; i >= 0; i--) {
            if (ZOOMS[i] < zoom.get() - 1e-9) {
                zoom.set(ZOOMS[i]);
                return;
            }
        }
    }

    @FXML
    private void previousPage() {
        goTo(currentPage.get() - 1);
    }

    @FXML
    private void nextPage() {
        goTo(currentPage.get() + 1);
    }

    @FXML
    private void showCurrent() {
        vm.showCurrent();
    }

    @FXML
    private void print() {
        vm.print();
    }

    @FXML
    private void save() {
        vm.saveAsPdf();
    }

    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale l, boolean empty) {
            super.updateItem(l, empty);
            setText(empty || l == null ? null : l.getDisplayName(l));
        }
    }
}
