package io.pledgebench.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Report screen in the running workbench: opened from Loan & risk and from the history, paging, zoom, print. */
class ReportViewTest {

    private WorkbenchFixture app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void assess() throws Exception {
        Fx.run(() -> app.wiring.portfolios().importFrom(Path.of("sample-portfolios/cn-tech-sme")));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        Fx.run(() -> app.wiring.assessment().input(AssessmentViewModel.Input.PATHS).set("300"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        Fx.await(() -> app.wiring.assessment().assessmentProperty().get() != null
                && !app.wiring.assessment().calculatingProperty().get());
    }

    private void awaitPages() throws Exception {
        Fx.await(() -> !app.wiring.report().renderingProperty().get() && app.wiring.tasks().running().isEmpty()
                && app.wiring.report().pageCountProperty().get() > 0);
    }

    @Test
    void theCurrentAssessmentsReportIsPreviewedPagedZoomedAndPrintingWithoutAPrinterSaysSo() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        assess();
        Button preview = app.lookup("#reportPreview");
        Fx.run(preview::fire);
        assertThat(app.workbench.screenProperty().get()).isEqualTo(ScreenId.REPORT);
        awaitPages();
        int pages = app.wiring.report().pageCountProperty().get();
        VBox box = app.lookup("#reportPages");
        Fx.await(() -> box.getChildren().size() == pages);
        Label page = app.lookup("#reportPage");
        assertThat(Fx.call(page::getText)).isEqualTo("Page 1 of " + pages);

        Label zoom = app.lookup("#reportZoom");
        assertThat(Fx.call(zoom::getText)).isEqualTo("100%");
        double width = Fx.call(() -> ((ImageView) box.getChildren().get(0)).getFitWidth());
        // 100 % is the paper size on a 96 dpi screen: A4 is 8.27 in wide.
        assertThat(width).isCloseTo(8.27 * 96, org.assertj.core.data.Offset.offset(2.0));
        ToggleButton fit = app.lookup("#reportFitWidth");
        Fx.run(fit::fire);
        Fx.await(() -> !"100%".equals(zoom.getText()));
        javafx.scene.control.ScrollPane scroll = app.lookup("#reportScroll");
        double fitted = Fx.call(() -> ((ImageView) box.getChildren().get(0)).getFitWidth());
        double viewport = Fx.call(() -> scroll.getViewportBounds().getWidth());
        assertThat(fitted).isLessThan(viewport).isGreaterThan(viewport - 60);

        Button next = app.lookup("#reportNext");
        Fx.run(next::fire);
        assertThat(Fx.call(page::getText)).isEqualTo("Page 2 of " + pages);
        assertThat(Fx.call(scroll::getVvalue)).isGreaterThan(0);

        Fx.run(() -> scroll.setVvalue(1.0));
        Fx.await(() -> page.getText().equals("Page " + pages + " of " + pages));

        Button print = app.lookup("#reportPrint");
        Fx.run(print::fire);
        Fx.await(() -> !app.wiring.report().printingProperty().get() && app.wiring.tasks().running().isEmpty());
        assertThat(app.dialogs.informations).singleElement().asString().startsWith("No printer is installed");
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void aSavedAssessmentOpensFromTheHistoryInItsReportScreen() throws Exception {
        app = WorkbenchFixture.start(Locale.SIMPLIFIED_CHINESE);
        assess();
        Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.run(() -> app.workbench.navigate(ScreenId.HISTORY));
        TableView<io.pledgebench.store.AssessmentSummary> history = app.lookup("#historyTable");
        Fx.await(() -> history.getItems().size() == 1);
        Fx.run(() -> history.getSelectionModel().select(0));
        Button open = app.lookup("#historyOpenReport");
        Fx.run(open::fire);
        assertThat(app.workbench.screenProperty().get()).isEqualTo(ScreenId.REPORT);
        awaitPages();
        Label source = app.lookup("#reportSource");
        long id = Fx.call(() -> history.getItems().get(0).id());
        assertThat(Fx.call(source::getText)).startsWith("已保存的评估 " + id);
        Label page = app.lookup("#reportPage");
        assertThat(Fx.call(page::getText)).startsWith("第 1 页，共 ");
        assertThat(app.dialogs.errors).isEmpty();
    }
}
