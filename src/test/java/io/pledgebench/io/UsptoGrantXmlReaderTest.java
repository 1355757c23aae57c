package io.pledgebench.io;

import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static io.pledgebench.io.CsvPortfolioReaderTest.patent;
import static io.pledgebench.io.CsvPortfolioReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * USPTO grant XML. The fixture {@code uspto-grant/ipg230117-excerpt.xml} holds two real grants of 2023-01-17
 * (US11556879, US11557320) written in the ST.36 structure of the USPTO weekly bulk files from their real
 * USPTO records in shared-data/raw/uspto/doc.json (claims text verbatim, claim references marked up), so
 * the expected claim counts are those of shared-data/us-patents.csv.
 */
class UsptoGrantXmlReaderTest {

    @Test
    void weeklyFileWithTwoGrantsAndExternalDoctypes() {
        ImportResult r = PortfolioReader.read(resource("uspto-grant/ipg230117-excerpt.xml"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(2);
        Patent amazon = patent(r, "US11556879");
        assertThat(amazon.number().kind()).isEqualTo("B1");
        assertThat(amazon.title()).isEqualTo("Motion data driven performance evaluation and training");
        assertThat(amazon.filingDate()).isEqualTo(LocalDate.of(2017, 6, 12));
        assertThat(amazon.grantDate()).isEqualTo(LocalDate.of(2023, 1, 17));
        assertThat(amazon.owners()).containsExactly(new Owner("Amazon Technologies, Inc.", null));
        assertThat(amazon.ipc()).isEqualTo("G06Q 10/06");
        assertThat(amazon.totalClaims()).isEqualTo(14);
        assertThat(amazon.independentClaims()).isEqualTo(2);
        Patent marvell = patent(r, "US11557320");
        assertThat(marvell.totalClaims()).isEqualTo(20);
        assertThat(marvell.independentClaims()).isEqualTo(2);
    }

    @Test
    void aGrantDeclaringEntitiesIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("evil.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE us-patent-grant SYSTEM \"x.dtd\" [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<us-patent-grant><us-bibliographic-data-grant><invention-title>&x;</invention-title>"
                + "</us-bibliographic-data-grant></us-patent-grant>");

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("DTD"));
        assertThat(r.portfolio().patents()).isEmpty();
    }
}
