package io.pledgebench.ui;

import io.pledgebench.app.StatusEventImport;
import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.AlertType;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legal-status updates imported on the Loan book screen (issue 17, review defect 4) through the service of
 * {@code events import}: the file read in the background, the real preview dialog (updates per patent; refusals with
 * file, row, column, value and reason in the screen's language), Apply as the confirmation, the monitoring run shown
 * refreshed with the alert the update raises; a refused file stores nothing. Screenshots of the dialog in both
 * languages go to {@code target/screenshots/status-updates-*.png}.
 */
class StatusUpdatesWorkbenchTest {

    @TempDir
    Path dir;
    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** The real dialog, answered by the test through its buttons. */
    private void showRealDialog() {
        app.dialogs.statusPreviewAnswer = p -> new FxDialogService(() -> app.stage, app.wiring.i18n())
                .previewStatusUpdates(app.wiring.i18n().get("ui.events.preview.title", p.fileName()), p);
    }

    private static Scene dialogScene() throws Exception {
        return WorkbenchFixture.windowWith("#eventsLead");
    }

    private static int storedUpdates(Path db) {
        try (Database d = Database.open(db)) {
            return new LoanBookRepository(d).statusUpdates().size();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aStatusFileIsPreviewedAppliedOnConfirmationAndTheMonitorShowsItsAlert(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        boolean chinese = language.startsWith("zh");
        Path db = LoanBookFixtures.bookedLoan(dir);
        app = WorkbenchFixture.start(locale, db, LoanBookFixtures.DAY);
        LoanBookViewModel vm = Fx.call(() -> app.wiring.loanBook());
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_BOOK));
        Fx.await(() -> vm.loans().size() == 1 && app.wiring.tasks().running().isEmpty());
        DatePicker asOf = app.lookup("#bookAsOf");
        Fx.run(() -> asOf.setValue(LocalDate.of(2027, 3, 1)));
        Button monitor = app.lookup("#bookMonitor");
        Fx.run(monitor::fire);
        Fx.await(() -> vm.runProperty().get() != null && app.wiring.tasks().running().isEmpty());
        assertThat(Fx.call(() -> vm.alerts().stream().noneMatch(a -> a.alert().type() == AlertType.STATUS_CHANGE)))
                .isTrue();
        Label error = app.lookup("#bookError");
        Label message = app.lookup("#bookMessage");
        int before = storedUpdates(db);

        // a refused file: every problem with its place and reason in the screen's language, nothing stored
        showRealDialog();
        Path bad = Files.writeString(dir.resolve("register-bad.csv"), "patent_number,date,status,colour\n"
                + "ZL201510782913.8,2026-12-05,gone,red\n", StandardCharsets.UTF_8);
        Fx.run(() -> vm.importStatusUpdates(bad));
        Scene refused = dialogScene();
        TableView<StatusUpdatesDialog.Line> problems = WorkbenchFixture.in(refused, "#eventsProblems");
        assertThat(Fx.call(() -> problems.getItems().size())).isPositive();
        assertThat(Fx.call(() -> refused.lookup("#eventsApply"))).as("a refused file cannot be applied").isNull();
        assertThat(Fx.call(() -> problems.getItems().stream().map(l -> l.problem().column()).toList()))
                .contains("colour");
        String reasons = Fx.call(() -> String.join("\n", problems.getItems().stream()
                .map(l -> String.valueOf(problems.getColumns().get(5).getCellData(l))).toList()));
        if (chinese) {
            assertThat(reasons).contains("列").doesNotContain("column not recognised");
        } else {
            assertThat(reasons).contains("column not recognised");
        }
        WorkbenchFixture.screenshot(refused, "status-updates-refused-" + language);
        Button close = WorkbenchFixture.in(refused, "#eventsCancel");
        Fx.run(close::fire);
        Fx.await(() -> !vm.importingStatusUpdatesProperty().get() && !error.getText().isEmpty());
        assertThat(Fx.call(error::getText)).isEqualTo(chinese ? "register-bad.csv 被拒绝（" + problemsCount(problems)
                + " 个问题），未保存任何内容。" : "register-bad.csv was refused (" + problemsCount(problems)
                + " problems); nothing was stored.");
        assertThat(storedUpdates(db)).isEqualTo(before);

        // an accepted file: the updates per patent, then Apply; stored in one audited transaction
        Path good = Files.writeString(dir.resolve("register.csv"), "patent_number,date,status,event,note\n"
                + "ZL201510782913.8,2026-11-28,lapsed,,fee of year 12 not paid\n"
                + "ZL202111350826.7,2026-11-29,,assignment,to Example Holdings\n", StandardCharsets.UTF_8);
        Fx.run(() -> vm.importStatusUpdates(good));
        Scene preview = dialogScene();
        TableView<StatusEventImport.PatentUpdates> perPatent = WorkbenchFixture.in(preview, "#eventsPerPatent");
        assertThat(Fx.call(() -> perPatent.getItems().stream().map(StatusEventImport.PatentUpdates::patentNumber)
                .toList())).containsExactly("CN201510782913.8", "CN202111350826.7");
        String what = Fx.call(() -> String.valueOf(perPatent.getColumns().get(4).getCellData(0)) + " | "
                + perPatent.getColumns().get(4).getCellData(1));
        assertThat(what).isEqualTo(chinese ? "失效 | 转让" : "Lapsed | Assignment");
        Label lead = WorkbenchFixture.in(preview, "#eventsLead");
        if (chinese) {
            for (int c = 0; c < Fx.call(() -> perPatent.getColumns().size()); c++) {
                int col = c;
                String header = Fx.call(() -> perPatent.getColumns().get(col).getText());
                assertThat(WorkbenchLanguageTest.latinWords(header)).as(header).isEmpty();
            }
            assertThat(WorkbenchLanguageTest.latinWords(Fx.call(lead::getText).replace("register.csv", "")))
                    .isEmpty();
        }
        assertThat(storedUpdates(db)).as("nothing stored before Apply").isEqualTo(before);
        WorkbenchFixture.screenshot(preview, "status-updates-preview-" + language);
        Button apply = WorkbenchFixture.in(preview, "#eventsApply");
        Fx.run(apply::fire);

        // applied in the background, then the book monitored again on the day shown: the lapse is an alert
        Fx.await(() -> app.wiring.tasks().running().isEmpty() && !vm.importingStatusUpdatesProperty().get()
                && !vm.monitoringProperty().get() && vm.alerts().stream().anyMatch(a ->
                a.alert().type() == AlertType.STATUS_CHANGE && "CN201510782913.8".equals(a.alert().patentNumber())));
        assertThat(storedUpdates(db)).isEqualTo(before + 2);
        assertThat(Fx.call(() -> vm.runProperty().get().asOf())).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Fx.call(() -> vm.alerts().stream().filter(a -> a.alert().type() == AlertType.STATUS_CHANGE)
                .map(a -> a.alert().condition()).toList())).as("the assignment before drawdown raises none")
                .containsExactly("status:lapsed");
        assertThat(app.dialogs.errors).isEmpty();
        app.close();
        app = null;
        try (Database d = Database.open(db)) {
            assertThat(new io.pledgebench.store.AuditLog(d).entries().stream()
                    .filter(e -> e.action().equals("events.imported")).toList()).hasSize(2); // the fees, then this
        }
    }

    /**
     * The status bar's Cancel pressed while the updates of a large file are being applied (after the first batch was
     * written, before the commit): the transaction rolls back, the screen says nothing was stored, and the database
     * holds neither an update nor an audit entry of the file. The service's own cancel is tested in
     * StatusEventImportTest; this presses the button the officer sees.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theStatusBarsCancelDuringApplyStoresNothing(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Path db = LoanBookFixtures.bookedLoan(dir);
        int before = storedUpdates(db);
        long auditBefore = eventsImported(db);
        // 40,000 fee payments of the three pledged patents, each its own row: 80 batches to write
        StringBuilder csv = new StringBuilder("patent_number,date,status,event,note\n");
        String[] held = {"ZL201510782913.8", "ZL202111350826.7", "CN202130718452.4"};
        LocalDate last = LocalDate.of(2026, 11, 30);
        for (int i = 0; i < 40_000; i++) {
            csv.append(held[i % 3]).append(',').append(last.minusDays(i / 3)).append(",,fee_paid,row ").append(i)
                    .append('\n');
        }
        Path big = Files.writeString(dir.resolve("register-large.csv"), csv, StandardCharsets.UTF_8);
        app = WorkbenchFixture.start(locale, db, LoanBookFixtures.DAY);
        LoanBookViewModel vm = Fx.call(() -> app.wiring.loanBook());
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_BOOK));
        Fx.await(() -> vm.loans().size() == 1 && app.wiring.tasks().running().isEmpty());
        Label message = app.lookup("#bookMessage");
        Label task = app.lookup("#taskLabel");
        Button cancel = app.lookup("#taskCancel");
        String applying = app.wiring.i18n().get("ui.events.task.apply", "register-large.csv");

        Fx.run(() -> vm.importStatusUpdates(big));
        // the preview is answered Apply (the scripted dialog); the status bar then shows the apply with its progress
        Fx.await(() -> task.getText().startsWith(applying) && !app.wiring.tasks().running().isEmpty()
                && app.wiring.tasks().running().get(0).getProgress() > 0);
        boolean pressed = Fx.call(() -> {
            javafx.concurrent.Task<?> applyTask = app.wiring.tasks().running().get(0);
            if (!cancel.isVisible() || applyTask.getProgress() >= 1 || !task.getText().startsWith(applying)) {
                return false;
            }
            cancel.fire();
            return true;
        });
        assertThat(pressed).as("the Cancel of the status bar was pressed while the apply ran").isTrue();
        Fx.await(() -> app.wiring.tasks().running().isEmpty() && !vm.importingStatusUpdatesProperty().get());
        assertThat(Fx.call(message::getText)).isEqualTo(language.startsWith("zh")
                ? app.wiring.i18n().get("ui.events.cancelled", "register-large.csv")
                : "Importing register-large.csv cancelled; nothing was stored.");
        assertThat(app.dialogs.errors).isEmpty();
        app.close();
        app = null;
        assertThat(storedUpdates(db)).isEqualTo(before);
        assertThat(eventsImported(db)).isEqualTo(auditBefore);
    }

    private static long eventsImported(Path db) {
        try (Database d = Database.open(db)) {
            return new io.pledgebench.store.AuditLog(d).entries().stream()
                    .filter(e -> e.action().equals("events.imported")).count();
        }
    }

    private static int problemsCount(TableView<StatusUpdatesDialog.Line> table) throws Exception {
        return Fx.call(() -> (int) table.getItems().stream().filter(StatusUpdatesDialog.Line::refusal).count());
    }
}
