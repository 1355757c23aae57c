package io.pledgebench.cli;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {

    @Test
    void exportsAStoredPortfolioWithFormulaLikeTitlesNeutralised(@TempDir Path dir) throws Exception {
        Path dbPath = dir.resolve("db");
        Patent p = Patent.builder(PatentNumber.parse("US10000001"), PatentType.INVENTION, LegalStatus.VALID)
                .title("=cmd|' /C calc'!A0").filingDate(LocalDate.of(2015, 2, 3))
                .owners(List.of(new Owner("Acme Corp", 0.5), new Owner("Beta Ltd", 0.5))).build();
        try (Database db = Database.open(dbPath)) {
            new PortfolioRepository(db).insert(new Portfolio("Acme", null, List.of(p), null, "USD", "t.csv"),
                    new PortfolioRepository.ImportRecord("t.csv", "h", "test", 1, 0));
        }
        Path out = dir.resolve("acme.csv");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = PledgeBenchCommand.execute(new PrintWriter(o), new PrintWriter(e), "export", "Acme", "--out", out.toString(),
                "--db", dbPath.toString());
        assertThat(exit).as(e.toString()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).contains("US10000001,'=cmd|' /C calc'!A0,invention,US,2015-02-03")
                .contains("Acme Corp:0.5; Beta Ltd:0.5");

        StringWriter e2 = new StringWriter();
        assertThat(PledgeBenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(e2), "export", "Nope",
                "--out", out.toString(), "--force", "--db", dbPath.toString())).isEqualTo(2);
        assertThat(e2.toString()).contains("no stored portfolio with id or name 'Nope'");
    }

    /**
     * Review 13b: a royalty of 0.03 % was exported as {@code 3.0E-4}. Numbers are written in plain decimals, and an
     * export imported again stores the same values: its own export is the same file.
     */
    @Test
    void numbersAreWrittenInPlainDecimalsAndAnExportImportsToTheSameValues(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("small.csv");
        Files.writeString(source, "patent_number,title,type,filing_date,grant_date,status,owners,royalty_rate,"
                + "open_licence_royalty,product_revenue,licence_revenue,economic_life_years,total_claims\n"
                + "ZL201410356287.1,Pressure sensor,invention,2014-05-12,2016-08-24,valid,A Ltd:50;B Univ:50,0.03%,"
                + "0.00015,12345678.9,0.5,7.25,12\n"
                + "ZL201510782913.8,Chip,invention,2015-11-18,,valid,A Ltd,0.0001,0.1,100000000000,,0.5,3\n",
                StandardCharsets.UTF_8);
        Path db = dir.resolve("x.mv.db");
        assertThat(run("import", source.toString(), "--db", db.toString())).isZero();
        Path first = dir.resolve("first.csv");
        assertThat(run("export", "1", "--out", first.toString(), "--db", db.toString())).isZero();
        String exported = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(exported).doesNotContain("E-").doesNotContain("E+").doesNotContain("E1")
                .contains(",0.0003,0.00015,").contains(",0.0001,0.1,");

        assertThat(run("import", first.toString(), "--db", db.toString())).isZero();
        Path second = dir.resolve("second.csv");
        assertThat(run("export", "2", "--out", second.toString(), "--db", db.toString())).isZero();
        assertThat(Files.readString(second, StandardCharsets.UTF_8)).isEqualTo(exported);
        try (Database d = Database.open(db)) {
            PortfolioRepository repo = new PortfolioRepository(d);
            assertThat(io.pledgebench.io.PatentTable.rows(repo.load(2).orElseThrow().portfolio().patents()))
                    .isEqualTo(io.pledgebench.io.PatentTable.rows(repo.load(1).orElseThrow().portfolio().patents()));
        }
    }

    private static int run(String... args) {
        StringWriter e = new StringWriter();
        int code = PledgeBenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(e), args);
        assertThat(e.toString()).as("stderr of " + String.join(" ", args)).doesNotContain("error");
        return code;
    }
}
