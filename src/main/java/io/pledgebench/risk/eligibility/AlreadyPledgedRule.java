package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Fail when the patent is already pledged: by its status, or by a recorded security interest that no later
 * release cancels.
 */
public record AlreadyPledgedRule() implements EligibilityRule {

    public static final String ID = "alreadyPledged";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        if (p.status() == LegalStatus.PLEDGED) {
            return EligibilityCheck.fail(ID, "risk.eligibility.alreadyPledged.status");
        }
        Optional<LegalEvent> last = p.events().stream()
                .filter(e -> e.kind() == LegalEvent.Kind.SECURITY_INTEREST || e.kind() == LegalEvent.Kind.SECURITY_RELEASE)
                .filter(e -> e.date() != null && !e.date().isAfter(ctx.asOf()))
                .max(Comparator.comparing(LegalEvent::date));
        if (last.isPresent() && last.get().kind() == LegalEvent.Kind.SECURITY_INTEREST) {
            return EligibilityCheck.fail(ID, "risk.eligibility.alreadyPledged.event", last.get().date().toString());
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.alreadyPledged.none");
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
