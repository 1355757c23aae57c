package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.pledgebench.io.CsvPortfolioReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real EPO OPS INPADOC and USPTO assignment responses (see src/test/resources/shared-data/NOTICE.md); the
 * expected events are those listed in shared/data/README.md from reading the files.
 */
class LegalEventXmlReaderTest {

    @Test
    void epoLegalEventsOfEp1000000() {
        ImportResult r = PortfolioReader.read(resource("shared-data/raw/epo/example_1.xml"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.eventsOnly()).isTrue();
        assertThat(r.events()).containsOnlyKeys("EP1000000");
        List<LegalEvent> events = r.events().get("EP1000000");
        assertThat(events).hasSize(50);
        assertThat(events).filteredOn(e -> e.code().equals("PGFP")).extracting(LegalEvent::country, LegalEvent::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("NL", LegalEvent.Kind.FEE_PAID),
                        org.assertj.core.groups.Tuple.tuple("GB", LegalEvent.Kind.FEE_PAID),
                        org.assertj.core.groups.Tuple.tuple("BE", LegalEvent.Kind.FEE_PAID));
        assertThat(events).filteredOn(e -> e.code().equals("PG25")).hasSize(19)
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(LegalEvent.Kind.LAPSE));
        assertThat(events).filteredOn(e -> e.code().equals("PG25") && e.country().equals("GB")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2010, 11, 8)));
        assertThat(events).filteredOn(e -> e.code().equals("PGFP") && e.country().equals("NL")).singleElement()
                .satisfies(e -> {
                    assertThat(e.date()).as("payment date").isEqualTo(LocalDate.of(2009, 11, 30));
                    assertThat(e.description()).contains("year of fee payment 11");
                    assertThat(e.source()).contains("EPO/INPADOC");
                });
        assertThat(events).filteredOn(e -> e.code().equals("GRAA")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(LegalEvent.Kind.GRANT));
    }

    @Test
    void supplementaryProtectionCertificateOfExample2() {
        ImportResult r = PortfolioReader.read(resource("shared-data/raw/epo/example_2.xml"));

        assertThat(r.events().get("EP1000000")).filteredOn(e -> e.kind() == LegalEvent.Kind.SUPPLEMENTARY_PROTECTION)
                .singleElement().satisfies(e -> assertThat(e.country()).isEqualTo("BE"));
    }

    @Test
    void usEventsRecordedByEpoIncludeTheSecurityInterestAndTrials() {
        ImportResult r = PortfolioReader.read(resource("shared-data/raw/epo/example_3.xml"));

        List<LegalEvent> events = r.events().get("US10465445");
        assertThat(events).hasSize(14);
        assertThat(events).filteredOn(e -> e.kind() == LegalEvent.Kind.SECURITY_INTEREST).singleElement()
                .satisfies(e -> {
                    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 8, 6));
                    assertThat(e.description()).contains("053520/0064");
                });
        assertThat(events).filteredOn(e -> e.kind() == LegalEvent.Kind.VALIDITY_CHALLENGE).hasSize(3);
        assertThat(events).filteredOn(e -> e.kind() == LegalEvent.Kind.FEE_PAID).isEmpty();
    }

    @Test
    void usptoAssignmentsGiveSecurityInterestsAndReleasesPerConveyedPatent() {
        ImportResult r = PortfolioReader.read(resource("shared-data/raw/uspto/assignment_3.xml"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(9);
        // the search asked for every conveyance of US8789601, so each of the 9 documents lists it
        List<LegalEvent> own = r.events().get("US8789601");
        assertThat(own).extracting(LegalEvent::kind).containsExactlyInAnyOrder(LegalEvent.Kind.ASSIGNMENT,
                LegalEvent.Kind.SECURITY_INTEREST, LegalEvent.Kind.SECURITY_INTEREST, LegalEvent.Kind.SECURITY_INTEREST,
                LegalEvent.Kind.SECURITY_INTEREST, LegalEvent.Kind.SECURITY_INTEREST, LegalEvent.Kind.SECURITY_INTEREST,
                LegalEvent.Kind.SECURITY_RELEASE, LegalEvent.Kind.SECURITY_RELEASE);
        assertThat(own).filteredOn(e -> e.kind() == LegalEvent.Kind.SECURITY_INTEREST)
                .anySatisfy(e -> assertThat(e.description()).contains("WILMINGTON SAVINGS FUND SOCIETY").contains("057434-0429"));
        assertThat(r.events()).containsKey("US11181107").hasSizeGreaterThan(40);
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<ops:world-patent-data xmlns:ops=\"http://ops.epo.org\">&x;</ops:world-patent-data>");

        ImportResult r = PortfolioReader.read(xxe);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("DTD").doesNotContain("TOP-SECRET");
            assertThat(p.reasonZh()).contains("DTD");
        });
        assertThat(r.events()).isEmpty();
    }

    @Test
    void billionLaughsIsRefused(@TempDir Path dir) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path bomb = dir.resolve("lol.xml");
        Files.writeString(bomb, "<?xml version=\"1.0\"?>" + dtd + "<lolz>&lol9;</lolz>");

        ImportResult r = PortfolioReader.read(bomb);

        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("DTD"));
    }

    @Test
    void unknownXmlIsOneProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("other.xml");
        Files.writeString(file, "<catalog><book/></catalog>");

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("<catalog>"));
    }
}
