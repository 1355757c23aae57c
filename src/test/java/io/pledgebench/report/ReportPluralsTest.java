package io.pledgebench.report;

import io.pledgebench.domain.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The English report counts patents in the singular and plural as English does ("1 of 1 patent", not "patents"). */
class ReportPluralsTest {

    private static String en(String key, Object... args) {
        return Text.of(key, args).render(Text.ENGLISH);
    }

    @Test
    void countsOfPatentsAgreeInNumber() {
        assertThat(en("report.risk.ineligible", 1L, 1)).startsWith("1 of 1 patent fails an eligibility rule and is excluded");
        assertThat(en("report.risk.ineligible", 2L, 5)).startsWith("2 of 5 patents fail an eligibility rule and are excluded");
        assertThat(en("report.risk.warnings", 1L, 3)).startsWith("1 patent carries eligibility warnings");
        assertThat(en("report.risk.warnings", 4L, 3)).startsWith("4 patents carry eligibility warnings");
        assertThat(en("report.portfolio.lead", 1, "2025-06-30")).isEqualTo("1 patent, valued as of 2025-06-30.");
        assertThat(en("report.portfolio.lead", 1200, "2025-06-30")).isEqualTo("1,200 patents, valued as of 2025-06-30.");
        assertThat(en("report.disclosure.gap.ipc", 1L, 1)).isEqualTo("1 of 1 patent has no IPC class");
        assertThat(en("report.disclosure.gap.ipc", 3L, 10)).isEqualTo("3 of 10 patents have no IPC class");
        assertThat(en("report.chart.life.subtitle", 1L, 1)).isEqualTo("1 of 1 patent expires before the loan matures");
    }
}
