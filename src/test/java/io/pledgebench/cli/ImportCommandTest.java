package io.pledgebench.cli;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import io.pledgebench.store.StoredPortfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    private static final List<String> TABLES = List.of("portfolio", "patent", "legal_event", "import_log");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path db() {
        return dir.resolve("test");
    }

    private List<StoredPortfolio> stored() {
        try (Database d = Database.open(db())) {
            return new PortfolioRepository(d).loadAll();
        }
    }

    private Map<String, Integer> counts() {
        try (Database d = Database.open(db())) {
            return new PortfolioRepository(d).rowCounts(TABLES);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn-tech-sme", "us-amazon", "university-spinoff.xlsx", "epo-ep1000000"})
    void everySamplePortfolioImports(String sample) {
        int code = run("import", "sample-portfolios/" + sample, "--db", db().toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported portfolio").contains("rows rejected");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void chineseSmeIsStoredWithEnterpriseAndLoan() {
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", db().toString())).isZero();

        StoredPortfolio p = stored().get(0);
        assertThat(p.portfolio().name()).isEqualTo("深圳市芯联智感科技有限公司");
        assertThat(p.portfolio().patents()).hasSize(25);
        assertThat(p.portfolio().loan().amount()).isEqualByComparingTo("15000000");
        assertThat(out.toString()).contains("25 patents imported, 25 rows read, 0 rows rejected");
    }

    @Test
    void brokenFileExitsTwoNamesEveryBadRowAndChangesNothing() {
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", db().toString())).isZero();
        Map<String, Integer> before = counts();

        int code = run("import", "sample-portfolios/broken/bad-dates.csv", "--db", db().toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("row 3, column filing_date, value '2015-02-30'")
                .contains("row 4, column filing_date, value '12/07/2018'")
                .contains("row 4, column annual_fee_paid_until, value 'next year'")
                .contains("row 5, column grant_date")
                .contains("the database is unchanged");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void keepGoodRowsStoresTheRestAndReportsTheRejected() {
        int code = run("import", "sample-portfolios/broken/bad-dates.csv", "--keep-good-rows", "--db", db().toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains("rejected: bad-dates.csv, row 3");
        assertThat(out.toString()).contains("1 patents imported, 4 rows read, 3 rows rejected");
        assertThat(stored().get(0).portfolio().patents()).hasSize(1);
    }

    @Test
    void missingColumnIsRefusedEvenWithKeepGoodRows() {
        int code = run("import", "sample-portfolios/broken/missing-column.csv", "--keep-good-rows", "--db", db().toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("required column status (法律状态) is missing");
        assertThat(counts().get("portfolio")).isZero();
    }

    @Test
    void legalEventsAreMergedOntoTheStoredPatent() {
        assertThat(run("import", "sample-portfolios/epo-ep1000000", "--db", db().toString())).isZero();

        int code = run("import", "sample-portfolios/epo-ep1000000/legal-events.xml", "--db", db().toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Merged 50 legal events onto 1 patent(s) in 1 portfolio(s).");
        Patent ep = stored().get(0).portfolio().patents().get(0);
        assertThat(ep.status()).isEqualTo(LegalStatus.LAPSED);
        assertThat(ep.annualFeePaidUntil()).isEqualTo(LocalDate.of(2010, 11, 8));
        assertThat(ep.events()).hasSize(50);
    }

    @Test
    void eventsForPatentsNotStoredAreReported() {
        int code = run("import", "sample-portfolios/epo-ep1000000/legal-events.xml", "--db", db().toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Merged 0 legal events");
        assertThat(err.toString()).contains("50 legal event(s) name patents that are in no stored portfolio and were not merged: EP1000000")
                .doesNotContain("条法律事件所涉专利不在任何已存储的组合中");

        err.getBuffer().setLength(0);
        code = run("import", "sample-portfolios/epo-ep1000000/legal-events.xml", "--db", db().toString(), "--lang", "zh-CN");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("条法律事件所涉专利不在任何已存储的组合中").doesNotContain("were not merged");
    }

    @Test
    void importingTheSameFileAgainSaysSo() {
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", db().toString())).isZero();
        assertThat(err.toString()).doesNotContain("imported before");

        assertThat(run("import", "sample-portfolios/us-amazon", "--db", db().toString())).isZero();

        assertThat(err.toString()).contains("imported before as portfolio #1");
        assertThat(stored()).extracting(s -> s.portfolio().name()).containsExactlyInAnyOrder("us-amazon", "us-amazon (2)");
    }

    @Test
    void missingFileIsBadInput() {
        assertThat(run("import", dir.resolve("nope.csv").toString(), "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }
}
