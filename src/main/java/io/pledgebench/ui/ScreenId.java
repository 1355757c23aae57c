package io.pledgebench.ui;

/** The workbench's screens, in navigation order, each an FXML view with its bundle key and
 * shortcut digit (Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth). */
public enum ScreenId {
    PORTFOLIOS("PortfoliosView.fxml", "ui.nav.portfolios"),
    PATENT("PatentDetailView.fxml", "ui.nav.patent"),
    VALUATION("ValuationView.fxml", "ui.nav.valuation"),
    COMPARABLES("ComparablesView.fxml", "ui.nav.comparables"),
    LOAN_RISK("LoanRiskView.fxml", "ui.nav.loanRisk"),
    CAPACITY("CapacityView.fxml", "ui.nav.capacity"),
    HISTORY("HistoryView.fxml", "ui.nav.history"),
    LOAN_BOOK("LoanBookView.fxml", "ui.nav.loanBook"),
    REPORT("ReportView.fxml", "ui.nav.report"),
    SETTINGS("SettingsView.fxml", "ui.nav.settings");

    private final String fxml;
    private final String titleKey;

    ScreenId(String fxml, String titleKey) {
        this.fxml = fxml;
        this.titleKey = titleKey;
    }

    public String fxml() {
        return fxml;
    }

    public String titleKey() {
        return titleKey;
    }
}
