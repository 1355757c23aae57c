package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.pledgebench.io.CsvPortfolioReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

class LegalEventMergerTest {

    private static Patent ep1000000() {
        // bibliographic facts of EP1000000 from shared/data/README.md: filed 1999-11-08, granted B1 2003-02-12
        return Patent.builder(PatentNumber.parse("EP1000000B1"), PatentType.INVENTION, LegalStatus.VALID)
                .filingDate(LocalDate.of(1999, 11, 8)).grantDate(LocalDate.of(2003, 2, 12)).build();
    }

    private static LegalEvent event(String date, LegalEvent.Kind kind, String country, String text) {
        return new LegalEvent(LocalDate.parse(date), kind, kind.name(), country, text, "test");
    }

    @Test
    void ep1000000LapsedInEveryStateAfterPayingYear11() {
        List<LegalEvent> events = PortfolioReader.read(resource("shared-data/raw/epo/example_1.xml")).events().get("EP1000000");

        Patent merged = LegalEventMerger.merge(ep1000000(), events);

        assertThat(merged.status()).isEqualTo(LegalStatus.LAPSED);
        // year-11 renewal fee covers the 11th patent year, which ends on the 11th anniversary of filing
        assertThat(merged.annualFeePaidUntil()).isEqualTo(LocalDate.of(2010, 11, 8));
        assertThat(merged.events()).hasSize(50);
    }

    @Test
    void epPatentAliveInOneStateIsNotLapsed() {
        Patent merged = LegalEventMerger.merge(ep1000000(), List.of(
                event("2003-02-12", LegalEvent.Kind.LAPSE, "DE", "lapsed"),
                event("2009-11-30", LegalEvent.Kind.FEE_PAID, "GB", "year of fee payment 11")));

        assertThat(merged.status()).isEqualTo(LegalStatus.VALID);
        assertThat(merged.annualFeePaidUntil()).isEqualTo(LocalDate.of(2010, 11, 8));
    }

    @Test
    void nationalPatentLapsesAndIsRestored() {
        Patent cn = Patent.builder(PatentNumber.parse("ZL201710601862.3"), PatentType.INVENTION, LegalStatus.VALID)
                .filingDate(LocalDate.of(2017, 7, 25)).annualFeePaidUntil(LocalDate.of(2023, 7, 25)).build();
        LegalEvent lapse = event("2024-01-25", LegalEvent.Kind.LAPSE, "CN", "未缴年费专利权终止");
        LegalEvent restore = event("2024-05-10", LegalEvent.Kind.RESTORATION, "CN", "专利权恢复");

        Patent lapsed = LegalEventMerger.merge(cn, List.of(lapse));
        Patent restored = LegalEventMerger.merge(lapsed, List.of(restore));

        assertThat(lapsed.status()).isEqualTo(LegalStatus.LAPSED);
        assertThat(restored.status()).isEqualTo(LegalStatus.VALID);
        assertThat(restored.events()).containsExactly(lapse, restore);
        assertThat(restored.annualFeePaidUntil()).as("no fee year given: unchanged").isEqualTo(LocalDate.of(2023, 7, 25));
    }

    @Test
    void securityInterestWithoutReleaseMeansPledgedAndTheReleaseUndoesIt() {
        Patent us = Patent.builder(PatentNumber.parse("US10465445B2"), PatentType.INVENTION, LegalStatus.VALID).build();
        LegalEvent interest = event("2020-08-06", LegalEvent.Kind.SECURITY_INTEREST, "US", "SECURITY INTEREST");
        LegalEvent release = event("2022-01-10", LegalEvent.Kind.SECURITY_RELEASE, "US", "RELEASE BY SECURED PARTY");

        assertThat(LegalEventMerger.merge(us, List.of(interest)).status()).isEqualTo(LegalStatus.PLEDGED);
        assertThat(LegalEventMerger.merge(us, List.of(release, interest)).status()).isEqualTo(LegalStatus.VALID);
    }

    @Test
    void realUsRecordIsPledgedWhileAlsoChallenged() {
        List<LegalEvent> events = PortfolioReader.read(resource("shared-data/raw/epo/example_3.xml")).events().get("US10465445");
        Patent us = Patent.builder(PatentNumber.parse("US10465445B2"), PatentType.INVENTION, LegalStatus.VALID).build();

        assertThat(LegalEventMerger.merge(us, events).status()).isEqualTo(LegalStatus.PLEDGED);
    }

    @Test
    void challengeAloneMeansPendingInvalidationAndFrozenStaysFrozen() {
        Patent us = Patent.builder(PatentNumber.parse("US10465445B2"), PatentType.INVENTION, LegalStatus.VALID).build();
        LegalEvent ipr = event("2020-09-01", LegalEvent.Kind.VALIDITY_CHALLENGE, "US", "INTER PARTES REVIEW");

        assertThat(LegalEventMerger.merge(us, List.of(ipr)).status()).isEqualTo(LegalStatus.PENDING_INVALIDATION);
        assertThat(LegalEventMerger.merge(us.toBuilder().status(LegalStatus.FROZEN).build(), List.of(ipr)).status())
                .isEqualTo(LegalStatus.FROZEN);
        assertThat(LegalEventMerger.merge(us, List.of(ipr, event("2021-10-01", LegalEvent.Kind.INVALIDATION, "US", "claims cancelled")))
                .status()).isEqualTo(LegalStatus.INVALIDATED);
    }

    @Test
    void mergingTheSameEventsTwiceAddsNothing() {
        List<LegalEvent> events = PortfolioReader.read(resource("shared-data/raw/epo/example_1.xml")).events().get("EP1000000");
        Patent once = LegalEventMerger.merge(ep1000000(), events);

        assertThat(LegalEventMerger.merge(once, events)).isEqualTo(once);
    }

    @Test
    void realAssignmentRecordLeavesUs8789601PledgedAfterTheReleasesOf2019() {
        List<LegalEvent> events = PortfolioReader.read(resource("shared-data/raw/uspto/assignment_3.xml")).events().get("US8789601");
        Patent us = Patent.builder(PatentNumber.parse("US8789601"), PatentType.INVENTION, LegalStatus.VALID).build();

        assertThat(LegalEventMerger.merge(us, events).status()).isEqualTo(LegalStatus.PLEDGED);
    }
}
