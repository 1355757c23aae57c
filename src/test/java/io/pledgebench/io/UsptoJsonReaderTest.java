package io.pledgebench.io;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static io.pledgebench.io.CsvPortfolioReaderTest.patent;
import static io.pledgebench.io.CsvPortfolioReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Real USPTO Patent Public Search responses (see src/test/resources/shared-data/NOTICE.md). */
class UsptoJsonReaderTest {

    @Test
    void searchResponseWithPatentsArray() {
        ImportResult r = PortfolioReader.read(resource("shared-data/raw/uspto/biblio.json"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(129);
        assertThat(r.portfolio().patents()).hasSize(129);
        Patent p = patent(r, "US11803561");
        assertThat(p.number().kind()).isEqualTo("B1");
        assertThat(p.title()).isEqualTo("Approximation query");
        assertThat(p.filingDate()).isEqualTo(LocalDate.of(2014, 3, 31));
        assertThat(p.grantDate()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(p.owners()).containsExactly(new Owner("Amazon Technologies, Inc.", null));
        assertThat(p.ipc()).isEqualTo("G06F16/2458");
        assertThat(p.status()).isEqualTo(LegalStatus.VALID);
        assertThat(p.totalClaims()).as("search records carry no claims").isNull();
    }

    @Test
    void arrayOfFullDocumentsWithClaimCounts() {
        ImportResult r = PortfolioReader.read(resource("shared-data/raw/uspto/doc.json"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.portfolio().patents()).hasSize(14);
        Patent marvell = patent(r, "US11557320");
        assertThat(marvell.totalClaims()).isEqualTo(20);
        assertThat(marvell.ipc()).isEqualTo("G11B5/596");
        assertThat(marvell.owners()).extracting(Owner::name).containsExactly("Marvell Asia Pte Ltd");
        assertThat(patent(r, "USPP03823").type()).isEqualTo(PatentType.INVENTION);
        assertThat(patent(r, "USRE28436").number().kind()).isEqualTo("E");
        assertThat(patent(r, "US11554343").owners()).extracting(Owner::name).contains("TIANJIN UNIVERSITY");
    }

    @Test
    void singleDocument(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one.json");
        Files.writeString(file, "{\"guid\":\"US-D645062-S\",\"inventionTitle\":\"Cup\",\"datePublished\":\"2011-09-13T00:00:00Z\","
                + "\"applicationFilingDate\":[\"2010-03-01T00:00:00Z\"],\"assigneeName\":null}");

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).isEmpty();
        Patent p = r.portfolio().patents().get(0);
        assertThat(p.type()).isEqualTo(PatentType.DESIGN);
        assertThat(p.owners()).isEmpty();
    }

    @Test
    void badRecordIsAProblemAndTheOthersAreKept(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, "{\"patents\":[{\"guid\":\"US-11803561-B1\",\"datePublished\":\"2023-10-31T00:00:00Z\"},"
                + "{\"guid\":\"US-11803562-B1\",\"datePublished\":\"31/10/2023\"}]}");

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("datePublished");
            assertThat(p.value()).isEqualTo("31/10/2023");
        });
        assertThat(r.portfolio().patents()).hasSize(1);
    }

    @Test
    void malformedJsonIsOneProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.json");
        Files.writeString(file, "{\"patents\":[{\"guid\":");

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("not valid JSON"));
        assertThat(r.portfolio()).isNull();
    }
}
