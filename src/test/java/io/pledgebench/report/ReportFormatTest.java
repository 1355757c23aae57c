package io.pledgebench.report;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A covenant threshold prints exactly, never rounded to the 2 decimals of a measured ratio. */
class ReportFormatTest {

    @Test
    void aThresholdPrintsExactlyUpToFourDecimalsWithoutTrailingZeros() {
        assertThat(ReportFormat.threshold(0.125, Locale.ENGLISH)).isEqualTo("0.125×");
        assertThat(ReportFormat.threshold(0.1875, Locale.ENGLISH)).isEqualTo("0.1875×");
        assertThat(ReportFormat.threshold(0.25, Locale.ENGLISH)).isEqualTo("0.25×");
        assertThat(ReportFormat.threshold(1.25, Locale.ENGLISH)).isEqualTo("1.25×");
        assertThat(ReportFormat.times(0.125, Locale.ENGLISH)).isEqualTo("0.13×");
    }
}
