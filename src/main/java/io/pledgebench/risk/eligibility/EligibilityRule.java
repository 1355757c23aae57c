package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Patent;

import java.util.Map;

/** One legal test a patent must meet to be pledged. Rules are immutable and carry their own parameters. */
public interface EligibilityRule {

    /** Stable identifier, used in JSON, reports and configuration. */
    String id();

    EligibilityCheck check(Patent patent, EligibilityContext context);

    /** The rule's configurable parameters, printed with every assessment. */
    Map<String, Object> parameters();
}
