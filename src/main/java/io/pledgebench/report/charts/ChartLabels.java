package io.pledgebench.report.charts;

import io.pledgebench.domain.Text;

import java.util.Locale;

/** Chart titles and axis labels from the report bundle ({@code i18n/report_*.properties}). */
final class ChartLabels {

    private ChartLabels() {
    }

    static String get(Locale locale, String key, Object... args) {
        return Text.of(key, args).render(locale);
    }
}
