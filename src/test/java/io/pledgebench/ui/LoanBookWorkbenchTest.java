package io.pledgebench.ui;

import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.AlertType;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 on the workbench: the Loan book screen books a loan from a signed assessment through the booking service of
 * {@code book add} (the same refusals, in the screen's language), monitors the book in the background and acknowledges
 * an alert by the named user with a comment, audited. Screenshots of each tab in both languages go to
 * {@code target/screenshots/loan-book-*.png}.
 */
class LoanBookWorkbenchTest {

    @TempDir
    Path dir;
    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void type(String id, String text) throws Exception {
        TextField f = app.lookup("#" + id);
        Fx.run(() -> f.setText(text));
    }

    private void date(String id, LocalDate d) throws Exception {
        DatePicker p = app.lookup("#" + id);
        Fx.run(() -> p.setValue(d));
    }

    private void tab(int index) throws Exception {
        TabPane tabs = app.lookup("#bookTabs");
        Fx.run(() -> tabs.getSelectionModel().select(index));
    }

    @Test
    void aLoanIsBookedMonitoredAndItsAlertAcknowledgedOnTheScreen() throws Exception {
        Path db = LoanBookFixtures.signedAssessment(dir);
        app = WorkbenchFixture.start(Locale.ENGLISH, db, LoanBookFixtures.DAY);
        LoanBookViewModel vm = Fx.call(() -> app.wiring.loanBook());
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_BOOK));
        Fx.await(() -> vm.signedAssessments().size() == 1 && app.wiring.tasks().running().isEmpty());
        ComboBox<io.pledgebench.store.AssessmentSummary> assessment = app.lookup("#bookAssessment");
        Fx.run(() -> assessment.getSelectionModel().select(0));
        Label error = app.lookup("#bookError");
        Button book = app.lookup("#bookLoan");

        // the screen's own refusal: an amount that is no number, named by its field
        date("bookDrawdown", LocalDate.of(2026, 10, 20));
        type("bookAmount", "abc");
        Fx.run(book::fire);
        assertThat(Fx.call(error::getText)).isEqualTo("Amount (CNY): 'abc' is not a number.");
        // the booking service's refusal, as book add words it without its flags: a registration number needs its date
        type("bookAmount", "1,450,000");
        type("bookRegistrationNumber", "Y2026440000123");
        Fx.run(book::fire);
        assertThat(Fx.call(error::getText)).contains("needs both its number and its date").doesNotContain("--");
        type("bookRegistrationNumber", "");

        // the loan's triggers, as book add takes them: refused with the reason, named by the form's field
        date("bookDrawdown", LocalDate.of(2026, 11, 30));
        type("bookCoverageTrigger", "abc");
        Fx.run(book::fire);
        assertThat(Fx.call(error::getText)).isEqualTo("Coverage trigger: 'abc' is not a number.");
        type("bookCoverageTrigger", "-0.1");
        Fx.run(book::fire);
        assertThat(Fx.call(error::getText))
                .isEqualTo("The coverage trigger must be at least 0 (e.g. 0.8 or 80%), was '-0.1'.");
        type("bookCoverageTrigger", "120%");
        type("bookValueDropTrigger", "150%");
        Fx.run(book::fire);
        assertThat(Fx.call(error::getText)).isEqualTo("The value-drop trigger must be more than 0% and at most 100%"
                + " (e.g. 30% or 0.3), was '150%'.");
        type("bookValueDropTrigger", "0.25");
        // the days allowed for the pledge registration, stored with the loan (re-review of issue 17, N2)
        type("bookRegistrationDays", "-3");
        Fx.run(book::fire);
        assertThat(Fx.call(error::getText)).isEqualTo("The days to register the pledge must be a whole number of days,"
                + " 0 or more (e.g. 30), was '-3'.");
        type("bookRegistrationDays", "0");

        // booked, and the registration pack is shown
        type("bookRate", "3.85%");
        type("bookPledgee", "Bank of Example, Shenzhen branch");
        Fx.run(book::fire);
        Fx.await(() -> vm.loans().size() == 1 && app.wiring.tasks().running().isEmpty());
        assertThat(Fx.call(error::getText)).isEmpty();
        assertThat(app.dialogs.texts).hasSize(1);
        assertThat(app.dialogs.texts.get(0)).contains("Booked loan L1").contains("Pledge registration pack")
                .contains("Pledgee (质权人): Bank of Example, Shenzhen branch").contains("1,450,000 CNY")
                .contains("Register the pledge by 2026-11-30 (0 days after drawdown)");
        LoanBookViewModel.LoanRow row = Fx.call(() -> vm.loans().get(0));
        assertThat(row.loan().amount()).isEqualByComparingTo("1450000");
        assertThat(row.loan().rate()).isEqualByComparingTo("0.0385");
        assertThat(row.loan().drawdown()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(row.coverage()).as("not monitored yet").isNull();
        assertThat(row.loan().coverageTrigger()).isEqualTo(1.2);
        assertThat(row.loan().valueDropTrigger()).isEqualTo(0.25);
        assertThat(Fx.call(() -> ((TextField) app.lookup("#bookCoverageTrigger")).getText())).as("form cleared")
                .isEmpty();

        // the same patents again: the booking service refuses, patent by patent, as book add does; nothing stored
        Fx.run(() -> assessment.getSelectionModel().select(0));
        type("bookAmount", "100,000");
        Fx.run(book::fire);
        Fx.await(() -> app.wiring.tasks().running().isEmpty() && !error.getText().isEmpty());
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(Fx.call(error::getText)).contains("patent CN201510782913.8 is already pledged to open loan L1");
        assertThat(Fx.call(() -> vm.loans().size())).isEqualTo(1);
        WorkbenchLanguageTest.screenshot(app, "loan-book-loans-en");

        // monitored as of today (an alert can be acknowledged only for a day that has come), in the background: the
        // pledge is not registered after the loan's 0 days
        date("bookAsOf", LocalDate.of(2026, 12, 1));
        Button monitor = app.lookup("#bookMonitor");
        Fx.run(monitor::fire);
        Fx.await(() -> vm.runProperty().get() != null && app.wiring.tasks().running().isEmpty());
        assertThat(Fx.call(() -> vm.loans().get(0).coverage())).isNotNull().isPositive();
        assertThat(Fx.call(() -> vm.loans().get(0).openAlerts())).isPositive();
        AlertStatus missing = Fx.call(() -> vm.alerts().stream()
                .filter(a -> a.alert().type() == AlertType.REGISTRATION_MISSING).findFirst().orElseThrow());
        assertThat(missing.status()).isEqualTo(AlertStatus.Status.OPEN);
        tab(1);
        TableView<AlertStatus> alerts = app.lookup("#bookAlerts");
        assertThat(Fx.call(() -> alerts.getItems().size())).isEqualTo(Fx.call(() -> vm.alerts().size()));
        WorkbenchLanguageTest.screenshot(app, "loan-book-alerts-en");
        tab(2);
        WorkbenchLanguageTest.screenshot(app, "loan-book-overview-en");
        Label exposure = app.lookup("#bookFigure1");
        assertThat(Fx.call(exposure::getText)).isEqualTo("1,450,000 CNY");

        // acknowledged by the named user with a comment; the book is monitored again and shows it
        tab(1);
        Fx.run(() -> alerts.getSelectionModel().select(missing));
        app.dialogs.textAnswers.add("Registration filed with CNIPA on 2027-02-27; certificate expected in March");
        Button ack = app.lookup("#bookAcknowledge");
        Fx.run(ack::fire);
        Fx.await(() -> app.wiring.tasks().running().isEmpty() && vm.alerts().stream().anyMatch(a ->
                a.alert().key().equals(missing.alert().key()) && a.status() == AlertStatus.Status.ACKNOWLEDGED));
        String user = System.getProperty("user.name", "");
        AlertStatus acknowledged = Fx.call(() -> vm.alerts().stream()
                .filter(a -> a.alert().key().equals(missing.alert().key())).findFirst().orElseThrow());
        assertThat(acknowledged.acknowledgement().user()).isEqualTo(user);
        assertThat(acknowledged.acknowledgement().comment()).startsWith("Registration filed with CNIPA");
        app.close();
        app = null;
        try (Database d = Database.open(db)) {
            assertThat(new LoanBookRepository(d).acknowledgements()).hasSize(1);
            assertThat(new io.pledgebench.store.AuditLog(d).entries().stream()
                    .filter(e -> e.action().equals("alert.acknowledged")).toList()).hasSize(1);
        }
    }

    @Test
    void theLoanBookReadsInChineseWithAmountsIn万元() throws Exception {
        Path db = LoanBookFixtures.signedAssessment(dir);
        app = WorkbenchFixture.start(Locale.SIMPLIFIED_CHINESE, db, LoanBookFixtures.DAY);
        LoanBookViewModel vm = Fx.call(() -> app.wiring.loanBook());
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_BOOK));
        Fx.await(() -> vm.signedAssessments().size() == 1 && app.wiring.tasks().running().isEmpty());
        ComboBox<io.pledgebench.store.AssessmentSummary> assessment = app.lookup("#bookAssessment");
        Fx.run(() -> assessment.getSelectionModel().select(0));
        date("bookDrawdown", LocalDate.of(2026, 12, 1));
        type("bookAmount", "0");
        Button book = app.lookup("#bookLoan");
        Fx.run(book::fire);
        Label error = app.lookup("#bookError");
        assertThat(Fx.call(error::getText)).isEqualTo("金额须大于 0，实际为“0”。");
        // the triggers' refusals in Chinese; a full-width percent sign is read
        type("bookAmount", "145");
        type("bookValueDropTrigger", "三成");
        Fx.run(book::fire);
        assertThat(Fx.call(error::getText)).isEqualTo("价值下跌触发值：“三成”不是数字。");
        type("bookValueDropTrigger", "0");
        Fx.run(book::fire);
        assertThat(Fx.call(error::getText)).isEqualTo("价值下跌触发值须大于 0% 且不超过 100%（如 30% 或 0.3），实际为“0”。");
        type("bookValueDropTrigger", "");
        type("bookCoverageTrigger", "50％");
        // 145 万元 typed: 1,450,000 yuan booked
        type("bookAmount", "145");
        Fx.run(book::fire);
        Fx.await(() -> vm.loans().size() == 1 && app.wiring.tasks().running().isEmpty());
        assertThat(Fx.call(() -> vm.loans().get(0).loan().amount())).isEqualByComparingTo("1450000");
        assertThat(Fx.call(() -> vm.loans().get(0).loan().coverageTrigger())).isEqualTo(0.5);
        assertThat(Fx.call(() -> vm.loans().get(0).loan().valueDropTrigger()))
                .isEqualTo(io.pledgebench.app.LoanBooking.DEFAULT_VALUE_DROP_TRIGGER);
        assertThat(app.dialogs.texts.get(0)).contains("已登记入账贷款 L1").contains("被担保的主债权数额：145.00万元");
        WorkbenchLanguageTest.screenshot(app, "loan-book-loans-zh");
        date("bookAsOf", LocalDate.of(2027, 3, 1));
        Button monitor = app.lookup("#bookMonitor");
        Fx.run(monitor::fire);
        Fx.await(() -> vm.runProperty().get() != null && app.wiring.tasks().running().isEmpty());
        tab(1);
        WorkbenchLanguageTest.screenshot(app, "loan-book-alerts-zh");
        TableView<AlertStatus> alerts = app.lookup("#bookAlerts");
        for (int c = 0; c < Fx.call(() -> alerts.getColumns().size()); c++) {
            int col = c;
            String header = Fx.call(() -> alerts.getColumns().get(col).getText());
            assertThat(WorkbenchLanguageTest.latinWords(header)).as(header).isEmpty();
            for (int r = 0; r < Fx.call(() -> alerts.getItems().size()); r++) {
                int row = r;
                String cell = Fx.call(() -> String.valueOf(alerts.getColumns().get(col).getCellData(row)));
                // the loan id (L1) and patent numbers (CN202330105967.6) are identifiers, not words
                String words = cell.replaceAll("(?<![A-Za-z])(CN|ZL|L)\\d[\\d.X]*", "");
                assertThat(WorkbenchLanguageTest.latinWords(words)).as(cell).isEmpty();
            }
        }
        tab(2);
        Label exposure = app.lookup("#bookFigure1");
        assertThat(Fx.call(exposure::getText)).isEqualTo("145.00万元");
        WorkbenchLanguageTest.screenshot(app, "loan-book-overview-zh");
    }

    @Test
    void monitoringABookShowsItsProgressAndCancelStopsItWithNothingChanged() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Path db = dir.resolve("book");
        io.pledgebench.cli.SyntheticBook.build(dir, db, 200, asOf);
        app = WorkbenchFixture.start(Locale.ENGLISH, db, Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"),
                ZoneOffset.UTC));
        LoanBookViewModel vm = Fx.call(() -> app.wiring.loanBook());
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_BOOK));
        Fx.await(() -> vm.loans().size() == 200 && app.wiring.tasks().running().isEmpty());
        date("bookAsOf", asOf.plusMonths(3));
        Button monitor = app.lookup("#bookMonitor");
        Button cancel = app.lookup("#bookMonitorCancel");
        javafx.scene.control.ProgressBar progress = app.lookup("#bookMonitorProgress");
        Label message = app.lookup("#bookMessage");

        // started, then cancelled before it can finish: the bar and Cancel show while it runs, Monitor is disabled
        Fx.run(() -> {
            monitor.fire();
            assertThat(progress.isVisible()).isTrue();
            assertThat(cancel.isVisible()).isTrue();
            assertThat(monitor.isDisabled()).isTrue();
            cancel.fire();
        });
        Fx.await(() -> app.wiring.tasks().running().isEmpty() && !vm.monitoringProperty().get());
        assertThat(Fx.call(message::getText)).isEqualTo("Monitoring as of Sep 30, 2026 cancelled; nothing was changed.");
        assertThat(Fx.call(() -> vm.runProperty().get())).isNull();
        assertThat(Fx.call(() -> vm.loans().stream().allMatch(r -> r.coverage() == null))).isTrue();
        assertThat(Fx.call(cancel::isVisible)).isFalse();
        assertThat(Fx.call(progress::isVisible)).isFalse();
        assertThat(app.dialogs.errors).isEmpty();

        // run again to the end (the cancel interrupted nothing, the database reads on): every loan revalued
        Fx.run(monitor::fire);
        Fx.await(() -> vm.runProperty().get() != null && app.wiring.tasks().running().isEmpty()
                && vm.loans().stream().allMatch(r -> r.coverage() != null));
        assertThat(Fx.call(() -> vm.runProperty().get().loans())).hasSize(200);
        assertThat(Fx.call(message::getText)).startsWith("Monitored as of Sep 30, 2026: 200 open loans;");
        assertThat(Fx.call(progress::isVisible)).isFalse();
    }
}
