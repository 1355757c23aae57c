package io.pledgebench.risk.monitoring;

/** How urgently an alert needs action; ordered from the most urgent. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
