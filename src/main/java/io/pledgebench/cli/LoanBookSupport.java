package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.SavedInputs;
import io.pledgebench.store.SavedAssessment;


/** What the loan-book commands share: reading a saved assessment back, and the alert ids users type. */
final class LoanBookSupport {

    private LoanBookSupport() {
    }

    static SavedInputs inputs(SavedAssessment a) {
        return io.pledgebench.app.SavedAssessments.inputs(a);
    }

    static JsonNode result(SavedAssessment a) {
        return io.pledgebench.app.SavedAssessments.result(a);
    }

    /** The id of an alert as users see and type it ({@link io.pledgebench.app.BookMonitor#alertId}). */
    static String alertId(String key) {
        return io.pledgebench.app.BookMonitor.alertId(key);
    }

    /** The operating-system user unless a name is given. */
    static String user(String given) {
        return given != null ? given : System.getProperty("user.name", "");
    }

    /**
     * Who acts: on an H2 file the name given ({@code --user}) or the operating-system user; on the team database
     * always the login, and a {@code --user} naming anyone else is refused (identity is the database login).
     */
    static String user(io.pledgebench.store.Database db, String given) {
        if (db.isTeam()) {
            String login = db.login().orElseThrow();
            if (given != null && !given.strip().equals(login)) {
                throw BadInputException.bilingual(io.pledgebench.domain.Text.of("team.user.notLogin", given, login));
            }
            return login;
        }
        return user(given);
    }
}
