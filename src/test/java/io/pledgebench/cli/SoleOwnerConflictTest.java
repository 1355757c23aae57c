package io.pledgebench.cli;

import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 item 8: the same patent in two portfolios with different sole owners is imported with a warning naming both. */
class SoleOwnerConflictTest {

    @TempDir
    Path dir;

    private static final String HEADER = "patent_number,title,type,filing_date,grant_date,status,owners\n";

    private int run(StringWriter err, String... args) {
        return PledgeBenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @Test
    void aPatentHeldBySomeoneElseInAStoredPortfolioIsWarnedAboutNamingBothPortfolios() throws Exception {
        Path first = Files.writeString(dir.resolve("alpha.csv"), HEADER
                + "ZL201410356287.1,Pressure sensor,invention,2014-05-12,2016-08-24,valid,Alpha Sensors Ltd\n");
        Path second = Files.writeString(dir.resolve("beta.csv"), HEADER
                + "ZL201410356287.1,Pressure sensor,invention,2014-05-12,2016-08-24,valid,Beta Devices Ltd\n"
                + "ZL201510782913.8,Valve,invention,2015-11-16,2018-02-02,valid,Beta Devices Ltd\n");
        Path same = Files.writeString(dir.resolve("alpha-again.csv"), HEADER
                + "ZL201410356287.1,Pressure sensor,invention,2014-05-12,2016-08-24,valid,ALPHA SENSORS LTD.\n");
        String db = dir.resolve("db/test").toString();
        StringWriter err = new StringWriter();
        assertThat(run(err, "import", first.toString(), "--db", db)).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("warning");

        err = new StringWriter();
        assertThat(run(err, "import", second.toString(), "--db", db)).as(err.toString()).isZero();
        assertThat(err.toString()).contains("warning: patent CN201410356287.1 is held by Beta Devices Ltd alone in 'beta'")
                .contains("the stored portfolio 'alpha' (#1) holds it as owned by Alpha Sensors Ltd alone")
                .doesNotContain("警告：").doesNotContain("CN201510782913.8");
        try (Database d = Database.open(Path.of(db))) {
            assertThat(new PortfolioRepository(d).importNotices(2)).anySatisfy(n -> {
                assertThat(n[0]).contains("'alpha' (#1)");
                assertThat(n[1]).contains("专利 CN201410356287.1");
            });
        }

        err = new StringWriter();
        assertThat(run(err, "import", same.toString(), "--db", db)).as(err.toString()).isZero();
        assertThat(err.toString()).as("the same owner spelt differently is no conflict with 'alpha'")
                .doesNotContain("'alpha' (#1)").contains("'beta' (#2)");

        err = new StringWriter();
        assertThat(run(err, "import", second.toString(), "--db", db, "--lang", "zh-CN")).as(err.toString()).isZero();
        assertThat(err.toString()).as("--lang zh-CN: the warning once, in Chinese")
                .contains("警告：专利 CN201410356287.1").doesNotContain("warning:");
    }
}
