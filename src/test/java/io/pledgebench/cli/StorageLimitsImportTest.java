package io.pledgebench.cli;

import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import io.pledgebench.store.PortfolioSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 5: what the reader accepts, the database holds. Values at the width of their column import (again
 * and again), and what would not fit is refused by the reader with a reason, never by H2 with a stack trace.
 */
class StorageLimitsImportTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static final String PATENTS = "patent_number,title,type,filing_date,grant_date,status,owners\n"
            + "ZL201410356287.1,Pressure sensor,invention,2014-05-12,2016-08-24,valid,Example Sensors Ltd\n";

    @Test
    void anEnterpriseNameOf400CharactersImportsTwiceUnderDistinctNamesThatFit() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("long-name"));
        Files.writeString(folder.resolve("patents.csv"), PATENTS);
        String name = "深".repeat(400);
        Files.writeString(folder.resolve("enterprise.csv"), "field,value\nname," + name + "\n");
        Path db = dir.resolve("db/test");

        assertThat(run("import", folder.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(run("import", folder.toString(), "--db", db.toString())).as(err.toString()).isZero();

        try (Database d = Database.open(db)) {
            List<PortfolioSummary> all = new PortfolioRepository(d).list();
            assertThat(all).extracting(PortfolioSummary::name).doesNotHaveDuplicates()
                    .allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(400)).contains(name);
        }
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void aPathLongerThanTheDatabaseRecordsIsRefusedWithWhatToDo() throws IOException {
        Path folder = dir;
        while (folder.toString().length() <= 2100) {
            folder = folder.resolve("d".repeat(200));
        }
        Files.createDirectories(folder);
        Path file = Files.writeString(folder.resolve("patents.csv"), PATENTS);
        Path db = dir.resolve("db/test");

        assertThat(run("import", file.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the path of the file is").contains("characters long; the database records at most 2000")
                .contains("shorter path").doesNotContain("Exception");
    }
}
