package io.pledgebench.report.charts;

/** The report font is not installed or not readable; the message says what to install. */
public final class ReportFontMissingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ReportFontMissingException(String message) {
        super(message);
    }
}
