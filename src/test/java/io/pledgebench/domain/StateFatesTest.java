package io.pledgebench.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-state rule shared by the importer's merge and monitoring's status updates. */
class StateFatesTest {

    private static LegalEvent event(LegalEvent.Kind kind, String state, int month) {
        return new LegalEvent(LocalDate.of(2027, month, 1), kind, "", state, "", "ops.xml");
    }

    @Test
    void aEuropeanPatentEndsWhenEveryStateWithARecordedFateHasEnded() {
        StateFates fates = StateFates.of("EP", List.of(event(LegalEvent.Kind.LAPSE, "DE", 3),
                event(LegalEvent.Kind.FEE_PAID, "FR", 1), event(LegalEvent.Kind.FEE_PAID, "DE", 1)));
        assertThat(fates.states()).containsExactly("FR", "DE");
        assertThat(fates.ended()).isNull();
        assertThat(fates.endedStates()).containsExactly(
                new StateFates.StateEnd("DE", LegalEvent.Kind.LAPSE, LocalDate.of(2027, 3, 1)));
        fates.record(event(LegalEvent.Kind.INVALIDATION, "FR", 4));
        assertThat(fates.endedStatus()).isEqualTo(LegalStatus.LAPSED);
        fates.record(event(LegalEvent.Kind.RESTORATION, "DE", 5));
        assertThat(fates.ended()).isNull();
        assertThat(fates.restored()).isTrue();
    }

    @Test
    void anEventOfTheWholeRightOrOfAnotherOfficeIsNotPerState() {
        assertThat(StateFates.national("EP", "")).isTrue();
        assertThat(StateFates.national("EP", "EP")).isTrue();
        assertThat(StateFates.national("US", "US")).isTrue();
        assertThat(StateFates.national("CN", "DE")).isTrue();
        assertThat(StateFates.national("EP", "DE")).isFalse();
        StateFates fates = StateFates.of("EP", List.of(event(LegalEvent.Kind.FEE_PAID, "DE", 1),
                event(LegalEvent.Kind.INVALIDATION, "", 2)));
        assertThat(fates.endedStatus()).isEqualTo(LegalStatus.INVALIDATED);
        assertThat(fates.endedStates()).isEmpty();
    }
}
