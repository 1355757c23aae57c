package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.StateFates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.pledgebench.io.CsvPortfolioReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designated contracting states of a European patent (INPADOC {@code AK}, field {@code L507EP}) read from EPO OPS
 * legal-status XML: the states that count for the per-state rule, so a designated state without any event keeps the
 * patent alive (status unknown) and an event in a state not designated is not monitored.
 */
class EpoDesignationTest {

    private static final List<String> EP1000000_STATES = List.of("AT", "BE", "CH", "CY", "DE", "DK", "ES", "FI", "FR",
            "GB", "GR", "IE", "IT", "LI", "LU", "MC", "NL", "PT", "SE");

    /** One family member EP1000000 designating DE FR GB and a code that is no EPC state, lapsed in DE and in IT. */
    static String member(String designated) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ops:world-patent-data xmlns=\"http://www.epo.org/exchange\" xmlns:ops=\"http://ops.epo.org\">\n"
                + "<ops:patent-family><ops:family-member family-id=\"19768124\">\n"
                + "<publication-reference><document-id document-id-type=\"docdb\"><country>EP</country>"
                + "<doc-number>1000000</doc-number><kind>B1</kind></document-id></publication-reference>\n"
                + "<ops:legal code=\"AK  \" desc=\"DESIGNATED CONTRACTING STATES\" infl=\"+\">"
                + "<ops:L007EP desc=\"Gazette DATE\">2003-02-12</ops:L007EP><ops:L500EP>"
                + "<ops:L507EP desc=\"Designated State(s)\">" + designated + "</ops:L507EP></ops:L500EP></ops:legal>\n"
                + lapse("DE", "20101108") + lapse("IT", "20030212")
                + "</ops:family-member></ops:patent-family></ops:world-patent-data>\n";
    }

    private static String lapse(String state, String effective) {
        return "<ops:legal code=\"PG25\" desc=\"LAPSED IN A CONTRACTING STATE [ANNOUNCED VIA POSTGRANT INFORMATION FROM"
                + " NATIONAL OFFICE TO EPO]\" infl=\"+\"><ops:L007EP desc=\"Gazette DATE\">2011-01-31</ops:L007EP>"
                + "<ops:L500EP><ops:L501EP desc=\"Ref Country Code\">" + state + "</ops:L501EP>"
                + "<ops:L525EP desc=\"Effective DATE\">" + effective + "</ops:L525EP></ops:L500EP></ops:legal>\n";
    }

    private static Patent ep() {
        return Patent.builder(PatentNumber.parse("EP1000000"), PatentType.INVENTION, LegalStatus.VALID)
                .filingDate(LocalDate.of(1999, 11, 8)).build();
    }

    @Test
    void theRealRegisterOfEp1000000DesignatesNineteenStatesAndItLapsedInEveryOne() {
        ImportResult r = PortfolioReader.read(resource("shared-data/raw/epo/example_1.xml"));
        List<LegalEvent> events = r.events().get("EP1000000");
        // the A1 (2000-05-17) and the B1 (2003-02-12) publications each list the designation
        assertThat(events).filteredOn(e -> e.kind() == LegalEvent.Kind.DESIGNATION).hasSize(2)
                .allSatisfy(e -> assertThat(StateFates.designation(e)).containsExactlyElementsOf(EP1000000_STATES));
        assertThat(r.notes()).noneMatch(n -> n.message().contains("designated states"));
        StateFates fates = StateFates.of("EP", events);
        assertThat(fates.designated()).contains(EP1000000_STATES);
        assertThat(fates.noEvent()).isEmpty();
        assertThat(fates.ended()).isEqualTo(LegalEvent.Kind.LAPSE);
        assertThat(LegalEventMerger.merge(ep(), events).status()).isEqualTo(LegalStatus.LAPSED);
    }

    @Test
    void aDesignatedStateWithoutEventKeepsThePatentAliveAndAStateNotDesignatedIsNotMonitored(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("ops.xml");
        Files.writeString(file, member("DE FR GB XX"), StandardCharsets.UTF_8);
        ImportResult r = PortfolioReader.read(file);
        assertThat(r.problems()).isEmpty();
        List<LegalEvent> events = r.events().get("EP1000000");
        assertThat(events).filteredOn(e -> e.kind() == LegalEvent.Kind.DESIGNATION).singleElement()
                .satisfies(e -> assertThat(StateFates.designation(e)).containsExactly("DE", "FR", "GB"));
        // the code that is no EPC state is a notice with its place, never a state
        assertThat(r.notes()).singleElement().satisfies(n -> {
            assertThat(n.file()).isEqualTo("ops.xml");
            assertThat(n.message()).contains("family member 1").contains("EP1000000").contains("L507EP")
                    .contains("'XX'");
            assertThat(n.messageZh()).contains("同族成员 1").contains("“XX”").doesNotContain("L507EP");
        });

        StateFates fates = StateFates.of("EP", events);
        assertThat(fates.states()).containsExactly("DE", "FR", "GB");
        assertThat(fates.endedStates()).extracting(StateFates.StateEnd::state).containsExactly("DE");
        assertThat(fates.noEvent()).containsExactly("FR", "GB");
        assertThat(fates.notDesignated()).containsExactly("IT");
        assertThat(fates.ended()).isNull();
        assertThat(fates.share()).hasValueSatisfying(s -> {
            assertThat(s.alive()).isEqualTo(2);
            assertThat(s.counted()).isEqualTo(3);
            assertThat(s.designated()).isTrue();
        });
        // before the designation was read, DE and IT (the states with a recorded fate) both lapsed: "lapsed everywhere"
        assertThat(LegalEventMerger.merge(ep(), events).status()).isEqualTo(LegalStatus.VALID);
        List<LegalEvent> withoutDesignation = events.stream()
                .filter(e -> e.kind() != LegalEvent.Kind.DESIGNATION).toList();
        assertThat(LegalEventMerger.merge(ep(), withoutDesignation).status()).isEqualTo(LegalStatus.LAPSED);
    }

    @Test
    void theStreamingReaderReadsTheSameDesignation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ops.xml");
        Files.writeString(file, member("DE FR GB XX"), StandardCharsets.UTF_8);
        ImportResult whole = PortfolioReader.read(file);
        ImportResult streamed = LegalEventXmlReader.readStreaming(file, "ops.xml", new ProblemLog());
        assertThat(streamed.events()).isEqualTo(whole.events());
        assertThat(streamed.notes()).isEqualTo(whole.notes());
    }

    @Test
    void theNewestDesignationCountsAndAllItsStatesEndedLapsesThePatent() {
        LegalEvent a1 = new LegalEvent(LocalDate.of(2000, 5, 17), LegalEvent.Kind.DESIGNATION, "AK", "", "x — "
                + StateFates.describeDesignation(List.of("DE", "FR", "GB")), "ops");
        LegalEvent b1 = new LegalEvent(LocalDate.of(2003, 2, 12), LegalEvent.Kind.DESIGNATION, "AK", "", "x — "
                + StateFates.describeDesignation(List.of("DE", "GB")), "ops");
        LegalEvent de = new LegalEvent(LocalDate.of(2010, 1, 1), LegalEvent.Kind.LAPSE, "PG25", "DE", "", "ops");
        LegalEvent gb = new LegalEvent(LocalDate.of(2011, 1, 1), LegalEvent.Kind.LAPSE, "PG25", "GB", "", "ops");
        StateFates fates = StateFates.of("EP", List.of(b1, de, a1, gb));
        assertThat(fates.states()).containsExactly("DE", "GB");
        assertThat(fates.endedStatus()).isEqualTo(LegalStatus.LAPSED);
        assertThat(fates.share()).isEmpty(); // ended everywhere: a lapsed patent, not a share
        // a designation of a patent that is not European is no designation of states
        assertThat(StateFates.of("CN", List.of(b1, de)).designated()).isEmpty();
    }
}
