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
}
