package io.pledgebench.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 5: every screen in both languages at the default 1280×800 and the small 1024×700, with a portfolio
 * assessed and saved and the problems of a broken import listed, saved as screenshots
 * ({@code target/screenshots/tour-SCREEN-LANGUAGE-WIDTH.png}) and checked for text drawn cut: no label, button or
 * table cell may be cut unless its tooltip shows it whole, and a patent number never.
 */
class WorkbenchLayoutTest {

    private static final Path SAMPLE = Path.of("sample-portfolios/cn-tech-sme");
    private static final Path BROKEN = Path.of("sample-portfolios/broken/bad-dates.csv");

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void size(double w, double h) throws Exception {
        Fx.run(() -> {
            app.stage.setWidth(w);
            app.stage.setHeight(h);
        });
        Fx.await(() -> true);
        Fx.run(() -> app.stage.getScene().getRoot().layout());
        Fx.await(() -> true);
    }

    private void idle() throws Exception {
        Fx.await(() -> app.wiring.tasks().running().isEmpty() && !app.wiring.assessment().calculatingProperty().get());
    }

    /** Whether {@code n} is on screen: in the scene, it and every parent visible. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** Issue 16 item 6: an empty workbench says where to start, and the sample opens with one click. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anEmptyWorkbenchSaysWhereToStartAndOpensTheSamplePortfolio(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        javafx.scene.Node empty = app.lookup("#emptyState");
        for (double[] wh : new double[][] {{1280, 800}, {1024, 700}}) {
            size(wh[0], wh[1]);
            WorkbenchLanguageTest.screenshot(app, "tour-empty-" + language + "-" + (int) wh[0]);
            assertThat(Fx.call(() -> Clipping.cuts(app.stage.getScene().getRoot(), true))).isEmpty();
        }
        assertThat(Fx.call(() -> shown(empty))).isTrue();
        javafx.scene.control.Label title = (javafx.scene.control.Label) Fx.call(() -> empty.lookup(".section-title"));
        assertThat(Fx.call(title::getText)).isEqualTo(language.equals("en") ? "Start here" : "从这里开始");
        javafx.scene.control.Button sample = app.lookup("#openSample");
        Fx.run(sample::fire);
        // sample-portfolios/README.md: the Chinese SME sample holds 25 patents
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        assertThat(Fx.call(() -> app.wiring.portfolios().portfolios().size())).isEqualTo(1);
        assertThat(Fx.call(() -> shown(empty))).as("the start hint goes once there is a portfolio").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyScreenShowsItsTextsWholeAtBothSizes(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        Fx.run(() -> app.wiring.portfolios().importFrom(SAMPLE));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        Fx.run(() -> app.wiring.assessment().input(AssessmentViewModel.Input.PATHS).set("500"));
        Fx.run(() -> app.wiring.valuation().input(ValuationViewModel.Input.PATHS).set("500"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.staleProperty().get()
                && app.wiring.tasks().running().isEmpty());
        Fx.run(() -> app.wiring.history().save(vm.assessmentProperty().get(),
                app.wiring.portfolios().currentProperty().get().id()));
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        Fx.run(() -> app.wiring.portfolios().patents().stream().findFirst()
                .ifPresent(p -> app.wiring.portfolios().selectedPatentProperty().set(p)));

        Map<String, List<Clipping.Cut>> cuts = new LinkedHashMap<>();
        for (ScreenId screen : ScreenId.values()) {
            if (screen == ScreenId.PORTFOLIOS) {
                // the problems of a broken import under the patents of the selected portfolio
                Fx.run(() -> app.wiring.portfolios().importFrom(BROKEN));
                Fx.await(() -> !app.wiring.portfolios().problems().isEmpty());
            }
            if (screen == ScreenId.REPORT) {
                Fx.run(() -> app.wiring.report().showCurrent());
            }
            Fx.run(() -> app.workbench.navigate(screen));
            for (double[] wh : new double[][] {{1280, 800}, {1024, 700}}) {
                size(wh[0], wh[1]);
                idle();
                if (screen == ScreenId.REPORT) {
                    Fx.await(() -> !app.wiring.report().pages().isEmpty());
                }
                size(wh[0], wh[1]);
                String name = "tour-" + screen.name().toLowerCase(Locale.ROOT) + "-" + language + "-" + (int) wh[0];
                WorkbenchLanguageTest.screenshot(app, name);
                List<Clipping.Cut> found = Fx.call(() -> Clipping.cuts(app.stage.getScene().getRoot(), true));
                if (!found.isEmpty()) {
                    cuts.put(name, found);
                }
            }
        }
        List<String> report = new ArrayList<>();
        cuts.forEach((k, v) -> v.forEach(c -> report.add(k + " — " + c)));
        assertThat(report).as("texts drawn cut").isEmpty();
    }
}
