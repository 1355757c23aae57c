package io.pledgebench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A covenant threshold prints exactly, never rounded to the 2 decimals of a measured ratio. */
class ReportFormatTest {

    @Test
    void aThresholdPrintsExactlyUpToFourDecimalsWithoutTrailingZeros() {
        assertThat(ReportFormat.threshold(0.125)).isEqualTo("0.125×");
        assertThat(ReportFormat.threshold(0.1875)).isEqualTo("0.1875×");
        assertThat(ReportFormat.threshold(0.25)).isEqualTo("0.25×");
        assertThat(ReportFormat.threshold(1.25)).isEqualTo("1.25×");
        assertThat(ReportFormat.times(0.125)).isEqualTo("0.13×");
    }
}
