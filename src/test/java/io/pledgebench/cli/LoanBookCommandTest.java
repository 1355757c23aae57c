package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loan book end to end on fixed clocks (issue 17): a loan is booked only from a signed assessment whose patents
 * the register would accept on the drawdown date; status files are imported all or nothing; monitor revalues, raises
 * alerts, exits 3 while any is open; an acknowledgement holds until its date and the alert opens again after it.
 */
class LoanBookCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String today, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Clock clock = Clock.fixed(Instant.parse(today + "T09:00:00Z"), ZoneOffset.UTC);
        return PledgeBenchCommand.execute(clock, new PrintWriter(out), new PrintWriter(err), args);
    }

    private static Path csv(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Assesses the sample SME, saves and signs it, and pays the fees in arrears so its patents can be pledged. */
    private String signedAssessment(Path dir) throws IOException {
        Files.createDirectories(dir);
        String db = dir.resolve("pb").toString();
        assertThat(run("2026-10-15", "assess", "sample-portfolios/cn-tech-sme", "--as-of", "2026-09-30", "--paths",
                "200", "--db", db, "--save", "--json", dir.resolve("a.json").toString())).as(err.toString()).isZero();
        assertThat(run("2026-10-16", "signoff", "1", "--role", "maker", "--user", "alice", "--db", db)).isZero();
        assertThat(run("2026-10-17", "signoff", "1", "--role", "checker", "--user", "bob", "--db", db)).isZero();
        feesPaid(dir, db);
        return db;
    }

    /** The fees paid in arrears, so the sample's patents can be pledged. */
    private void feesPaid(Path dir, String db) throws IOException {
        Path fees = csv(dir, "fees.csv", "专利号,日期,法律状态,事件,备注\n"
                + "ZL201510782913.8,2026-11-20,,年费缴纳,第12年\n"
                + "ZL202111350826.7,2026/11/25,,年费缴纳,\n"
                + "CN202130718452.4,2026年11月30日,,年费缴纳,\n");
        assertThat(run("2026-11-30", "events", "import", fees.toString(), "--db", db, "--user", "carol"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 status updates imported");
    }

    private JsonNode monitor(String today, String db, String asOf, Path json) throws IOException {
        Files.deleteIfExists(json);
        int code = run(today, "monitor", "--as-of", asOf, "--db", db, "--json", json.toString());
        JsonNode doc = JSON.readTree(json.toFile());
        long open = 0;
        for (JsonNode a : doc.path("alerts")) {
            if ("open".equals(a.path("status").asText())) {
                open++;
            }
        }
        assertThat(code).as(err.toString()).isEqualTo(open > 0 ? 3 : 0);
        return doc;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aLoanIsBookedOnlyFromASignedAssessmentWhosePatentsTheRegisterWouldAccept(@TempDir Path dir) throws IOException {
        String db = dir.resolve("pb").toString();
        assertThat(run("2026-10-15", "assess", "sample-portfolios/cn-tech-sme", "--as-of", "2026-09-30", "--paths",
                "200", "--db", db, "--save", "--json", dir.resolve("a.json").toString())).as(err.toString()).isZero();
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("not signed by a maker and a checker");
        assertThat(run("2026-11-30", "book", "add", "--assessment", "7", "--drawdown", "2026-12-01", "--amount",
                "1", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("no saved assessment 7");
        run("2026-10-16", "signoff", "1", "--role", "maker", "--user", "alice", "--db", db);
        run("2026-10-17", "signoff", "1", "--role", "checker", "--user", "bob", "--db", db);

        // three pledged patents' annual fees are unpaid at drawdown: CNIPA refuses to register (art. 12)
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("patent CN201510782913.8 cannot be registered as pledged on 2026-12-01")
                .contains("CN202111350826.7").contains("CN202130718452.4").doesNotContain("CN202210894173.7");

        // a status file with one bad row is refused whole, naming file, row, column, value and reason
        Path bad = csv(dir, "bad.csv", "patent_number,date,status,note\n"
                + "ZL201510782913.8,2026-11-20,有效,\n"
                + "CN201510782913.8,2026-11-21,有郊,\n"
                + "ZL209912345678.1,2026-11-21,失效,\n"
                + "ZL202111350826.7,2026-12-24,失效,\n");
        assertThat(run("2026-11-30", "events", "import", bad.toString(), "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("bad.csv, row 3, column status, value '有郊': unknown legal status")
                .contains("bad.csv, row 4, column patent_number")
                .contains("bad.csv, row 5, column date, value '2026-12-24': a register update cannot be dated after today")
                .contains("the database is unchanged");
        try (Database d = Database.open(Path.of(db))) {
            assertThat(new LoanBookRepository(d).statusUpdates()).isEmpty();
        }

        Path fees = csv(dir, "fees.csv", "专利号,日期,法律状态,事件,备注\n"
                + "ZL201510782913.8,2026-11-20,,年费缴纳,第12年\n"
                + "ZL202111350826.7,2026/11/25,,年费缴纳,\n"
                + "CN202130718452.4,2026年11月30日,,年费缴纳,\n");
        assertThat(run("2026-11-30", "events", "import", fees.toString(), "--db", db)).isZero();
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--rate", "3.85%", "--pledgee", "某银行深圳分行", "--lang", "zh-CN", "--db", db))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("已登记入账贷款 L1").contains("出质人：深圳市芯联智感科技有限公司")
                .contains("质权人：某银行深圳分行").contains("被担保的主债权数额：145.00万元")
                .contains("债务履行期限：2026-12-01 至 2029-12-01（36 个月）").contains("专利权质押登记申请表")
                .contains("全体共有人同意出质的书面文件").contains("ZL201410356287.1");
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-02", "--amount",
                "100000", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("already pledged to open loan L1");

        assertThat(run("2026-12-01", "book", "list", "--json", "--db", db)).isZero();
        JsonNode list = JSON.readTree(out.toString());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("loanId").asText()).isEqualTo("L1");
        assertThat(list.get(0).path("rate").decimalValue()).isEqualByComparingTo("0.0385");
        assertThat(list.get(0).path("registration").path("status").asText()).isEqualTo("not_filed");
        assertThat(run("2026-12-01", "verify", "--db", db)).as(err.toString()).isZero();
    }

    @Test
    void monitorRaisesAlertsExitsThreeAndAnAcknowledgedAlertOpensAgainWhenItsConditionPersists(@TempDir Path dir)
            throws IOException {
        String db = signedAssessment(dir);
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--db", db)).as(err.toString()).isZero();
        Path json = dir.resolve("m.json");

        JsonNode quiet = monitor("2026-12-15", db, "2026-12-15", json);
        assertThat(names(quiet)).containsExactly("asOf", "loans", "alerts", "book");
        assertThat(quiet.path("alerts")).isEmpty();
        JsonNode loan = quiet.path("loans").get(0);
        assertThat(names(loan)).containsExactly("loanId", "borrower", "exposure", "maturityDate", "marketValue",
                "liquidationValue", "coverage", "ltv", "lifetimeExpectedLoss", "parameters");
        assertThat(loan.path("parameters").asText()).isEqualTo("assessed");
        assertThat(loan.path("coverage").asDouble()).isCloseTo(
                loan.path("liquidationValue").asDouble() / 1_450_000, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(quiet.path("book").path("concentration").path("ipcSection").path("groups")).isNotEmpty();

        // the register shows a pledged patent lapsed; the pledge is still not registered 30 days after drawdown
        Path lapse = csv(dir, "lapse.csv", "专利号,日期,法律状态,备注\nZL201410356287.1,2027-02-01,失效,未缴年费专利权终止\n");
        assertThat(run("2027-02-10", "events", "import", lapse.toString(), "--db", db)).isZero();
        JsonNode alarmed = monitor("2027-02-10", db, "2027-02-10", json);
        JsonNode lapsed = find(alarmed, "status_change");
        assertThat(lapsed.path("patentNumber").asText()).isEqualTo("CN201410356287.1");
        assertThat(lapsed.path("severity").asText()).isEqualTo("high");
        assertThat(lapsed.path("date").asText()).isEqualTo("2027-02-01");
        JsonNode missing = find(alarmed, "registration_missing");
        assertThat(missing.path("patentNumber").isNull()).isTrue();
        assertThat(missing.path("dueDate").asText()).isEqualTo("2026-12-31");
        assertThat(names(missing)).containsExactly("alertId", "loanId", "patentNumber", "type", "severity", "date",
                "dueDate", "reason", "action", "status");
        assertThat(alarmed.path("loans").get(0).path("marketValue").asDouble())
                .isLessThan(quiet.path("loans").get(0).path("marketValue").asDouble());

        String id = missing.path("alertId").asText();
        assertThat(run("2027-02-10", "alerts", "ack", id, "--comment", "filed with CNIPA on 2027-02-09", "--user",
                "carol", "--as-of", "2027-02-10", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("acknowledged by carol; it holds until 2027-03-12");
        // acknowledged ahead of time for a later monitoring day: refused, it would silence that night in advance
        // (re-review of issue 17, N1)
        assertThat(run("2027-02-01", "alerts", "ack", id, "--comment", "will file", "--user", "dave", "--as-of",
                "2027-02-10", "--db", db, "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).contains("确认的监控日 2027-02-10 晚于今天（2027-02-01）");
        assertThat(run("2027-02-01", "alerts", "ack", id, "--comment", "will file", "--user", "dave", "--as-of",
                "2027-02-10", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("is for 2027-02-10, which is after today (2027-02-01)");
        // back-dated: recorded on 2027-02-10 for the night of 2027-02-08; it takes effect from the day it was
        // recorded, so the night of 2027-02-08 still reports what it reported (open)
        assertThat(find(monitor("2027-02-10", db, "2027-02-08", json), "registration_missing").path("status").asText())
                .isEqualTo("open");
        assertThat(run("2027-02-10", "alerts", "ack", id, "--comment", "filed on 2027-02-09", "--user", "dave",
                "--as-of", "2027-02-08", "--db", db)).as(err.toString()).isZero();
        assertThat(find(monitor("2027-02-10", db, "2027-02-08", json), "registration_missing").path("status").asText())
                .isEqualTo("open");
        assertThat(run("2027-02-10", "alerts", "ack", "Adeadbeef00", "--comment", "x", "--as-of", "2027-02-10",
                "--db", db)).isEqualTo(2);
        assertThat(find(monitor("2027-02-11", db, "2027-02-11", json), "registration_missing").path("status").asText())
                .isEqualTo("acknowledged");
        // re-running an earlier day: the acknowledgements were given for 2027-02-10, nobody had acknowledged it on
        // 2027-02-05 (review of issue 17, M2)
        assertThat(find(monitor("2027-02-11", db, "2027-02-05", json), "registration_missing").path("status").asText())
                .isEqualTo("open");
        JsonNode later = monitor("2027-03-13", db, "2027-03-13", json);
        assertThat(find(later, "registration_missing").path("status").asText()).isEqualTo("open");
        assertThat(find(later, "registration_missing").path("alertId").asText()).isEqualTo(id);

        assertThat(run("2027-03-14", "book", "register", "L1", "--status", "registered", "--number", "Y2027440000123",
                "--date", "2027-03-14", "--db", db)).as(err.toString()).isZero();
        JsonNode registered = monitor("2027-03-15", db, "2027-03-15", json);
        assertThat(registered.path("alerts").findValuesAsText("type")).doesNotContain("registration_missing");

        assertThat(run("2027-04-01", "book", "close", "L1", "--date", "2027-04-01", "--db", db)).isZero();
        assertThat(out.toString()).contains("Loan L1 closed on 2027-04-01; pledge registration Y2027440000123 cancelled");
        JsonNode closed = monitor("2027-04-02", db, "2027-04-02", json);
        assertThat(closed.path("loans")).isEmpty();
        // re-running a past day gives what it gave: registered on 2027-03-14, closed on 2027-04-01, so on 2027-03-20
        // the loan was open and its pledge on the register (review of issue 17, M2)
        JsonNode past = monitor("2027-04-02", db, "2027-03-20", json);
        assertThat(past.path("loans")).hasSize(1);
        assertThat(past.path("alerts").findValuesAsText("type")).doesNotContain("registration_missing");
        // the same fee file imported again counts no payment twice: nothing new, refused naming the rows (M1)
        assertThat(run("2027-04-02", "events", "import", dir.resolve("fees.csv").toString(), "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("already imported").contains("CN201510782913.8 2026-11-20");
        assertThat(run("2027-04-02", "verify", "--db", db)).as(err.toString()).isZero();
        assertThat(run("2027-04-02", "monitor", "--as-of", "2027-02-30", "--db", db)).isEqualTo(2);
    }

    /**
     * Issue 17 item 2 (re-review N2, N6): the days allowed for the pledge registration are set at booking and stored
     * with the loan; the pack states the deadline it uses, monitoring alerts from the loan's own deadline, and once the
     * registration has been applied for the alert chases the application instead of asking to file one.
     */
    @Test
    void theRegistrationDeadlineIsTheLoansOwnAndAnAppliedRegistrationIsChased(@TempDir Path dir) throws IOException {
        String db = signedAssessment(dir);
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--registration-days", "10", "--db", db, "--lang", "zh-CN")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("请于 2026-12-11 前（放款后10天内）办妥质押登记");
        Path json = dir.resolve("m.json");
        assertThat(monitor("2026-12-11", db, "2026-12-11", json).path("alerts").findValuesAsText("type"))
                .doesNotContain("registration_missing");
        JsonNode late = find(monitor("2026-12-12", db, "2026-12-12", json), "registration_missing");
        assertThat(late.path("dueDate").asText()).isEqualTo("2026-12-11");
        assertThat(late.path("reason").asText()).contains("not registered 10 days later (due by 2026-12-11)");
        assertThat(late.path("action").asText()).startsWith("File the pledge registration");
        // the monitor has no registration-days of its own: one source of the fact, the loan
        assertThat(run("2026-12-12", "monitor", "--registration-days", "30", "--db", db)).isEqualTo(2);

        assertThat(run("2026-12-13", "book", "register", "L1", "--status", "applied", "--date", "2026-12-13", "--db",
                db)).as(err.toString()).isZero();
        JsonNode chased = find(monitor("2026-12-14", db, "2026-12-14", json), "registration_missing");
        assertThat(chased.path("alertId").asText()).isEqualTo(late.path("alertId").asText());
        assertThat(chased.path("reason").asText()).contains("was applied for on 2026-12-13");
        assertThat(chased.path("action").asText()).startsWith("Chase the registration application of 2026-12-13");
        assertThat(run("2026-12-14", "monitor", "--as-of", "2026-12-14", "--db", db, "--lang", "zh-CN")).isEqualTo(3);
        assertThat(out.toString()).contains("跟进质押登记申请（2026-12-13提交）");
        // one fee payment recorded again from another source a day later: one fee year, said in a notice (N3)
        Path again = csv(dir, "again.csv", "专利号,日期,法律状态,事件,备注\n"
                + "ZL202111350826.7,2026-11-26,,年费缴纳,另一来源同一笔\n");
        assertThat(run("2026-12-14", "events", "import", again.toString(), "--db", db, "--lang", "zh-CN"))
                .as(err.toString()).isZero();
        assertThat(err.toString() + out).contains("2026-11-25与2026-11-26记录的年费缴纳相隔1天，按同一笔缴费（同一年度）计");
        // the night before the application still reads as it did
        assertThat(find(monitor("2026-12-14", db, "2026-12-12", json), "registration_missing").path("action").asText())
                .startsWith("File the pledge registration");
    }

    /**
     * Issue 17 item 4: a loan is revalued with the parameters it was assessed with. The same loan assessed with a
     * dearer risk-free rate, a revenue growth and mid-year discounting — as an officer sets them on the workbench's
     * Valuation screen — is revalued with them ("parameters": "assessed", no note of current parameters), so its
     * collateral is worth what it was assessed to be under them, not what the defaults give.
     */
    @Test
    void aLoanAssessedWithOtherValuationParametersIsRevaluedWithThemAndTheOutputSaysSo(@TempDir Path dir)
            throws Exception {
        String asDefault = signedAssessment(dir.resolve("default"));
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--db", asDefault)).as(err.toString()).isZero();
        JsonNode defaults = monitor("2026-12-15", asDefault, "2026-12-15", dir.resolve("d.json")).path("loans").get(0);
        assertThat(defaults.path("parameters").asText()).isEqualTo("assessed");

        io.pledgebench.assessment.AssessmentParameters d = io.pledgebench.assessment.AssessmentParameters.defaults();
        io.pledgebench.assessment.AssessmentParameters other = d.withValuation(d.valuation().toBuilder()
                .riskFreeRate(0.06).revenueGrowth(0.05).midYear(!d.valuation().midYear()).build());
        String asOther = signedAssessment(dir.resolve("other"), other);
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--db", asOther)).as(err.toString()).isZero();
        Files.deleteIfExists(dir.resolve("o.json"));
        run("2026-12-15", "monitor", "--as-of", "2026-12-15", "--db", asOther, "--json", dir.resolve("o.json").toString());
        assertThat(err.toString()).doesNotContain("current default parameters");
        JsonNode revalued = JSON.readTree(dir.resolve("o.json").toFile()).path("loans").get(0);
        assertThat(revalued.path("parameters").asText()).isEqualTo("assessed");
        // what the engine gives for the revalued loan with the assessed parameters, and not with the defaults
        try (Database db = Database.open(Path.of(asOther))) {
            var saved = io.pledgebench.assessment.SavedInputs.read(JSON.readValue(
                    new io.pledgebench.store.AssessmentRepository(db).inputsJson(1).orElseThrow(), java.util.Map.class));
            assertThat(saved.parametersAsAssessed()).isTrue();
            assertThat(saved.parameters().valuation()).isEqualTo(other.valuation());
        }
        assertThat(revalued.path("marketValue").decimalValue())
                .isNotEqualByComparingTo(defaults.path("marketValue").decimalValue());
    }

    /** {@link #signedAssessment(Path)} for the sample SME assessed with {@code params}, saved as the workbench does. */
    private String signedAssessment(Path dir, io.pledgebench.assessment.AssessmentParameters params)
            throws IOException {
        Files.createDirectories(dir);
        String db = dir.resolve("pb").toString();
        io.pledgebench.domain.Portfolio pf = io.pledgebench.io.PortfolioReader.read(
                Path.of("sample-portfolios/cn-tech-sme")).portfolio();
        io.pledgebench.domain.LoanRequest loan = io.pledgebench.app.AssessmentRequests.loan(pf, pf.loan().amount(),
                pf.loan().termMonths(), null, false);
        io.pledgebench.assessment.Assessment a = io.pledgebench.assessment.AssessmentPipeline.run(
                new io.pledgebench.assessment.AssessmentInputs(pf, loan, java.time.LocalDate.of(2026, 9, 30), 1, 200,
                        null, List.of()), params);
        try (Database d = Database.open(Path.of(db))) {
            new io.pledgebench.app.AssessmentArchive(new io.pledgebench.store.AssessmentRepository(d))
                    .save(a, null, "alice", "test");
        }
        assertThat(run("2026-10-16", "signoff", "1", "--role", "maker", "--user", "alice", "--db", db)).isZero();
        assertThat(run("2026-10-17", "signoff", "1", "--role", "checker", "--user", "bob", "--db", db)).isZero();
        feesPaid(dir, db);
        return db;
    }

    @Test
    void aRevaluedCoverageBelowTheLoansTriggerRaisesCoverageBreach(@TempDir Path dir) throws IOException {
        String db = signedAssessment(dir);
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--registration", "Y2026440000999", "--registered", "2026-11-30", "--coverage-trigger",
                "0.6", "--db", db)).as(err.toString()).isZero();
        JsonNode doc = monitor("2026-12-15", db, "2026-12-15", dir.resolve("m.json"));
        assertThat(doc.path("loans").get(0).path("coverage").asDouble()).isLessThan(0.6);
        JsonNode breach = find(doc, "coverage_breach");
        assertThat(breach.path("severity").asText()).isEqualTo("high");
        assertThat(breach.path("reason").asText()).contains("below the loan's trigger of 0.60×");
        assertThat(run("2026-12-15", "monitor", "--as-of", "2026-12-15", "--db", db, "--lang", "zh-CN")).isEqualTo(3);
        assertThat(out.toString()).contains("\"type\" : \"coverage_breach\"");
    }

    @Test
    void registerXmlIsImportedForHeldPatentsAndAPortfolioFileIsRefused(@TempDir Path dir) {
        String db = dir.resolve("pb").toString();
        assertThat(run("2026-11-30", "import", "sample-portfolios/epo-ep1000000", "--db", db)).as(err.toString()).isZero();
        assertThat(run("2026-11-30", "events", "import", "sample-portfolios/epo-ep1000000/legal-events.xml", "--db", db))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("status updates imported from");
        assertThat(run("2026-11-30", "events", "import", "sample-portfolios/cn-tech-sme/patents.csv", "--db", db))
                .isEqualTo(2);
        assertThat(err.toString()).contains("column not recognised").contains("the database is unchanged");
        assertThat(run("2026-11-30", "verify", "--db", db)).as(err.toString()).isZero();
    }

    @Test
    void theMonitoringReportPrintsTheBookThenTheAlertsBySeverityInBothLanguages(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(io.pledgebench.report.charts.ReportFont.find().isPresent(),
                "needs " + io.pledgebench.report.charts.ReportFont.DEBIAN_PACKAGE);
        String db = signedAssessment(dir);
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--db", db)).as(err.toString()).isZero();
        Path en = dir.resolve("monitor-en.pdf");
        Path zh = dir.resolve("monitor-zh.pdf");
        assertThat(run("2027-06-20", "monitor", "--as-of", "2027-06-20", "--db", db, "--json",
                dir.resolve("m.json").toString(), "--pdf", en.toString())).isEqualTo(3);
        assertThat(out.toString()).contains("Monitoring as of 2027-06-20: 1 open loan, ").contains("[high, open]");
        assertThat(run("2027-06-20", "monitor", "--as-of", "2027-06-20", "--db", db, "--json",
                dir.resolve("m2.json").toString(), "--pdf", zh.toString(), "--lang", "zh-CN")).isEqualTo(3);
        String english = pdfText(en);
        assertThat(english).contains("Loan book monitoring as of 2027-06-20").contains("Book overview")
                .contains("Alerts by severity").contains("Severity high").doesNotContain("fee_in_grace");
        // alert types by name (a table cell may wrap them)
        assertThat(english.replaceAll("\\s+", " ")).contains("annual fee in grace period");
        assertThat(english.indexOf("Book overview")).isLessThan(english.indexOf("Severity high"));
        assertThat(english.indexOf("Severity high")).isLessThan(english.indexOf("Severity low"));
        assertThat(pdfText(zh)).contains("贷款台账贷后监控报告").contains("台账概览").contains("按严重程度排列的预警")
                .contains("145.00万元").doesNotContain("fee_in_grace");
        assertThat(pdfText(zh).replaceAll("\\s+", "")).contains("年费处于滞纳期");
        assertThat(run("2027-06-20", "monitor", "--as-of", "2027-06-20", "--db", db, "--pdf", en.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("exists");
    }

    @Test
    void aMonitoringRunReportsItsProgressAndStopsWhenCancelled(@TempDir Path dir) throws Exception {
        String db = signedAssessment(dir);
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--db", db)).as(err.toString()).isZero();
        try (Database d = Database.open(Path.of(db))) {
            List<String> seen = new ArrayList<>();
            io.pledgebench.app.BookMonitor monitor = new io.pledgebench.app.BookMonitor(
                    io.pledgebench.risk.monitoring.MonitoringPolicy.defaults(), 0);
            var run = monitor.run(d, java.time.LocalDate.of(2027, 3, 1), new io.pledgebench.app.Progress() {
                @Override
                public void update(int done, int total) {
                    seen.add(done + "/" + total);
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            assertThat(run.loans()).hasSize(1);
            assertThat(seen).containsExactly("0/1", "1/1");
            // the workbench spreads the loans over fewer threads (its FX thread keeps a core): the same figures
            for (int threads : new int[] {1, 2}) {
                var capped = monitor.run(d, java.time.LocalDate.of(2027, 3, 1),
                        io.pledgebench.app.Progress.NONE, threads);
                assertThat(capped.loans().stream().map(io.pledgebench.app.BookMonitor.LoanResult::figures).toList())
                        .as("%d threads", threads)
                        .isEqualTo(run.loans().stream().map(io.pledgebench.app.BookMonitor.LoanResult::figures).toList());
                assertThat(capped.alerts()).isEqualTo(run.alerts());
            }
            // a pool of its own runs at the caller's priority (the workbench lowers its monitoring thread's)
            List<Integer> priorities = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread low = new Thread(() -> monitor.run(d, java.time.LocalDate.of(2027, 3, 1),
                    new io.pledgebench.app.Progress() {
                        @Override
                        public void update(int done, int total) {
                            priorities.add(Thread.currentThread().getPriority());
                        }

                        @Override
                        public boolean cancelled() {
                            return false;
                        }
                    }, 2));
            low.setPriority(Thread.NORM_PRIORITY - 2);
            low.start();
            low.join();
            assertThat(priorities).hasSize(2).containsOnly(Thread.NORM_PRIORITY - 2);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> monitor.run(d, java.time.LocalDate.of(2027, 3, 1),
                    new io.pledgebench.app.Progress() {
                        @Override
                        public void update(int done, int total) {
                        }

                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    })).isInstanceOf(java.util.concurrent.CancellationException.class);
            // cancelled inside a pool of its own, the run ends the same way
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> monitor.run(d, java.time.LocalDate.of(2027, 3, 1),
                    new io.pledgebench.app.Progress() {
                        @Override
                        public void update(int done, int total) {
                        }

                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    }, 2)).isInstanceOf(java.util.concurrent.CancellationException.class);
            // the patents a saved result assessed, read with the streaming parser events import uses, are the tree's
            List<String> streamed = new ArrayList<>();
            new io.pledgebench.store.AssessmentRepository(d).forEachResultJson(json ->
                    streamed.addAll(io.pledgebench.app.SavedAssessments.patentNumbers(json)));
            List<String> tree = new ArrayList<>();
            io.pledgebench.app.SavedAssessments.result(new io.pledgebench.store.AssessmentRepository(d).load(1)
                    .orElseThrow()).path("patents").forEach(p -> tree.add(p.path("patentNumber").asText()));
            assertThat(streamed).hasSize(25).isEqualTo(tree);
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        }
    }

    @Test
    void anEpoLapseInOneDesignatedStateOfAPledgedEuropeanPatentIsAnAlertNamingTheStateNotALapse(@TempDir Path dir)
            throws IOException {
        // the sample SME with a European patent designated DE, FR and GB added to its portfolio
        Path portfolio = dir.resolve("sme-ep");
        Files.createDirectories(portfolio);
        for (String f : List.of("enterprise.csv", "loan.csv")) {
            Files.copy(Path.of("sample-portfolios/cn-tech-sme", f), portfolio.resolve(f));
        }
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        String patents = Files.readString(Path.of("sample-portfolios/cn-tech-sme/patents.csv"), gbk);
        Files.writeString(portfolio.resolve("patents.csv"), patents.stripTrailing() + "\r\n"
                + "EP1000000B1,一种制砖设备,发明,2019-11-08,2023-02-12,有效,深圳市芯联智感科技有限公司,2027-11-08,"
                + "B28B 1/29,1,10,5,6,\"2,860\",,3%,,是,2023/6/1,300,8,,MEMS压力传感器,2,EP\r\n", gbk);
        String db = dir.resolve("pb").toString();
        assertThat(run("2026-10-15", "assess", portfolio.toString(), "--as-of", "2026-09-30", "--paths", "200", "--db",
                db, "--save")).as(err.toString()).isZero();
        assertThat(run("2026-10-16", "signoff", "1", "--role", "maker", "--user", "alice", "--db", db)).isZero();
        assertThat(run("2026-10-17", "signoff", "1", "--role", "checker", "--user", "bob", "--db", db)).isZero();
        Path fees = csv(dir, "fees.csv", "专利号,日期,法律状态,事件,备注\n"
                + "ZL201510782913.8,2026-11-20,,年费缴纳,第12年\n"
                + "ZL202111350826.7,2026/11/25,,年费缴纳,\n"
                + "CN202130718452.4,2026年11月30日,,年费缴纳,\n");
        assertThat(run("2026-11-30", "events", "import", fees.toString(), "--db", db)).as(err.toString()).isZero();
        assertThat(run("2026-11-30", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount",
                "1,450,000", "--registration", "Y2026440000998", "--registered", "2026-11-30", "--db", db))
                .as(err.toString()).isZero();

        String xml = "src/test/resources/epo-state-lapse/ep1000000-de-lapse.xml";
        assertThat(run("2027-02-01", "events", "import", xml, "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("4 status updates imported");
        try (io.pledgebench.store.Database d = io.pledgebench.store.Database.open(Path.of(db))) {
            assertThat(new io.pledgebench.store.LoanBookRepository(d).statusUpdates())
                    .filteredOn(u -> u.patentNumber().equals("EP1000000"))
                    .extracting(io.pledgebench.risk.monitoring.StatusUpdate::state)
                    .containsExactlyInAnyOrder("DE", "FR", "GB", "DE");
        }
        JsonNode doc = monitor("2027-02-01", db, "2027-02-01", dir.resolve("m.json"));
        JsonNode de = find(doc, "status_change");
        assertThat(de.path("patentNumber").asText()).isEqualTo("EP1000000");
        assertThat(de.path("severity").asText()).isEqualTo("medium");
        assertThat(de.path("date").asText()).isEqualTo("2027-01-15");
        assertThat(de.path("reason").asText()).contains("lapsed in DE").contains("In force there: FR, GB")
                .contains("1 of 3 ended").contains("67%").contains("gives no designation");
        assertThat(doc.path("alerts").findValuesAsText("reason")).noneMatch(r -> r.equals("Patent EP1000000 has lapsed"));
        JsonNode loan = doc.path("loans").get(0);
        assertThat(loan.path("valueNotes").get(0).asText()).contains("EP1000000").contains("67%")
                .contains("each state counts equally");
        assertThat(run("2027-02-01", "monitor", "--as-of", "2027-02-01", "--db", db, "--lang", "zh-CN")).isEqualTo(3);
        assertThat(out.toString()).contains("欧洲专利EP1000000在DE已于2027-01-15失效");
        assertThat(err.toString()).contains("各国等权计");

        // the register's designation: NL designated without any event (status unknown, alive), XX no EPC state
        assertThat(run("2027-02-02", "events", "import", "src/test/resources/epo-state-lapse/ep1000000-designation.xml",
                "--db", db)).as(err.toString()).isZero();
        assertThat(err.toString()).contains("family member 1 (EP1000000)").contains("'XX'")
                .contains("not a contracting state");
        doc = monitor("2027-02-02", db, "2027-02-02", dir.resolve("m2.json"));
        de = find(doc, "status_change");
        assertThat(de.path("reason").asText()).contains("In force there: FR, GB")
                .contains("no event recorded, status unknown (counted as in force): NL")
                .contains("designated states").contains("1 of 4 ended").contains("75%").doesNotContain("XX");
        assertThat(doc.path("loans").get(0).path("valueNotes").get(0).asText()).contains("75%")
                .contains("designated states");
        assertThat(run("2027-02-02", "verify", "--db", db)).as(err.toString()).isZero();
    }

    private static JsonNode find(JsonNode doc, String type) {
        for (JsonNode a : doc.path("alerts")) {
            if (type.equals(a.path("type").asText())) {
                return a;
            }
        }
        throw new AssertionError("no " + type + " alert in " + doc.path("alerts"));
    }
}
