package io.pledgebench.cli;

import io.pledgebench.store.ColumnTemplateRepository;
import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import io.pledgebench.store.StoredPortfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC Revision 2 "Import that never loses data": a column the importer does not know is listed (header and
 * values, English and Chinese) on the command line and in the import log, and {@code --map}/{@code --template}
 * let the officer say what it means; a saved template is offered again, never applied unasked.
 */
class ColumnMappingCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path db() {
        return dir.resolve("db/test");
    }

    private Path revenueFile() throws IOException {
        Path f = dir.resolve("bank-list.csv");
        Files.writeString(f, "patent_number,title,type,filing_date,grant_date,status,owners,产品年销售收入\n"
                + "ZL201410356287.1,Pressure sensor,invention,2014-05-12,2016-08-24,valid,Example Sensors Ltd,1200万元\n"
                + "ZL201510782913.8,Valve,invention,2015-11-16,2018-02-02,valid,Example Sensors Ltd,800万元\n");
        return f;
    }

    private List<StoredPortfolio> stored() {
        try (Database d = Database.open(db())) {
            return new PortfolioRepository(d).loadAll();
        }
    }

    @Test
    void anUnknownRevenueColumnIsListedWithItsValuesInBothLanguagesAndKeptInTheImportLog() throws IOException {
        int code = run("import", revenueFile().toString(), "--db", db().toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("column '产品年销售收入' is not used").contains("'1200万元', '800万元'")
                .contains("it may be product_revenue").contains("--map \"产品年销售收入=product_revenue\"")
                .doesNotContain("列“产品年销售收入”未被使用");
        StoredPortfolio p = stored().get(0);
        assertThat(p.portfolio().patents()).allSatisfy(patent -> assertThat(patent.productRevenue()).isNull());
        try (Database d = Database.open(db())) {
            List<String[]> notices = new PortfolioRepository(d).importNotices(p.id());
            assertThat(notices).singleElement().satisfies(n -> {
                assertThat(n[0]).contains("产品年销售收入").contains("1200万元");
                assertThat(n[1]).contains("未被使用");
            });
        }
    }

    @Test
    void mapReadsTheColumnAsTheFieldAndTemplateSavesItForNextTime() throws IOException {
        Path file = revenueFile();
        int code = run("import", file.toString(), "--db", db().toString(), "--map", "产品年销售收入=product_revenue",
                "--template", "Bank A patent list");

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("is not used");
        assertThat(out.toString()).contains("Saved the column mapping as template 'Bank A patent list'");
        assertThat(stored().get(0).portfolio().patents()).extracting(p -> p.productRevenue().stripTrailingZeros())
                .containsExactly(new BigDecimal("1.2E+7"), new BigDecimal("8E+6"));

        // the same headers again without a mapping: the template is offered, not applied
        code = run("import", file.toString(), "--db", db().toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("is not used")
                .contains("the saved column template 'Bank A patent list' fits this file's headers");
        assertThat(stored().get(0).portfolio().patents()).allSatisfy(p -> assertThat(p.productRevenue()).isNull());

        code = run("import", file.toString(), "--db", db().toString(), "--template", "Bank A patent list");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("is not used");
        assertThat(stored().get(0).portfolio().patents()).allSatisfy(p -> assertThat(p.productRevenue()).isNotNull());
        try (Database d = Database.open(db())) {
            assertThat(new ColumnTemplateRepository(d).all()).containsOnlyKeys("Bank A patent list");
        }
    }

    @Test
    void ignoreSilencesTheNoticeForAColumnTheOfficerDoesNotWant() throws IOException {
        int code = run("import", revenueFile().toString(), "--db", db().toString(), "--map", "产品年销售收入=ignore");

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("is not used");
    }

    @Test
    void aMappingToNoFieldOrAnUnknownTemplateIsRefusedWithTheReason() throws IOException {
        assertThat(run("import", revenueFile().toString(), "--db", db().toString(), "--map", "产品年销售收入=sales"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("'sales' is not a patent field").contains("product_revenue");

        assertThat(run("import", revenueFile().toString(), "--db", db().toString(), "--template", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("no column template named 'nope'");
    }

    /**
     * Cold attacker review of issue 13: a --map onto a field another column already gives, or two columns mapped to one
     * field, kept one column and dropped the other's values; a --map for a column the file does not have was only a
     * note and the import was stored without it. Each is refused now (exit 2, nothing stored), naming the columns.
     */
    @Test
    void aMappingThatGivesAFieldTwoSourcesOrNamesNoColumnIsRefusedAndNothingIsStored() throws IOException {
        assertThat(run("import", revenueFile().toString(), "--db", db().toString(), "--map", "产品年销售收入=title"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("columns 'title' and '产品年销售收入' would both be read as title");

        assertThat(run("import", revenueFile().toString(), "--db", db().toString(), "--lang", "zh-CN",
                "--map", "产品年销售收入=product_revenue", "--map", "owners=product_revenue")).isEqualTo(2);
        assertThat(err.toString()).contains("都会被读作“产品收入”");

        assertThat(run("import", revenueFile().toString(), "--db", db().toString(), "--map", "产品年销售收人=product_revenue"))
                .as("a typo in the header").isEqualTo(2);
        assertThat(err.toString()).contains("--map names column '产品年销售收人', which the file does not have")
                .contains("nothing was imported; the file's columns are: 'patent_number'").contains("'产品年销售收入'");
        assertThat(stored()).isEmpty();
    }
}
