package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each rule with a case it passes and a case it fails or warns on; the reasons name the facts. */
class EligibilityRulesTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final LocalDate MATURITY = LocalDate.of(2027, 6, 30);
    static final String PLEDGOR = "Hangzhou Example Tech Co., Ltd.";
    static final EligibilityContext CTX = new EligibilityContext(PLEDGOR, AS_OF, MATURITY, Map.of());

    static Patent.Builder valid() {
        String digits = "202110123456";
        return Patent.builder(PatentNumber.parse(digits + "." + PatentNumber.cnCheckDigit(digits)), PatentType.INVENTION,
                        LegalStatus.VALID)
                .filingDate(LocalDate.of(2021, 1, 15))
                .grantDate(LocalDate.of(2023, 3, 1))
                .addOwner(new Owner(PLEDGOR, null))
                .annualFeePaidUntil(LocalDate.of(2028, 1, 14))
                .inUseSince(LocalDate.of(2022, 1, 1));
    }

    static EligibilityCheck check(EligibilityRule rule, Patent.Builder p) {
        return rule.check(p.build(), CTX);
    }

    @Test
    void ownership() {
        OwnershipRule r = new OwnershipRule();
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        EligibilityCheck notOwner = check(r, valid().owners(List.of(new Owner("Other Co", null))));
        assertThat(notOwner.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(notOwner.reason().english()).contains(PLEDGOR).contains("Other Co");
        Patent.Builder coOwned = valid().addOwner(new Owner("Zhejiang University", null));
        assertThat(check(r, coOwned).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(check(r, coOwned).reason().english()).contains("Zhejiang University").contains("consent");
        assertThat(check(r, coOwned.pledgeConsent(true)).outcome()).isEqualTo(Outcome.PASS);
        assertThat(check(r, valid().owners(List.of(new Owner("HANGZHOU EXAMPLE TECH CO LTD", null)))).outcome())
                .as("spelling variants of the pledgor").isEqualTo(Outcome.PASS);
    }

    @Test
    void granted() {
        GrantedRule r = new GrantedRule();
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(check(r, valid()).reason().english()).contains("2023-03-01");
        assertThat(check(r, valid().status(LegalStatus.APPLICATION).grantDate(null)).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void inForce() {
        InForceRule r = new InForceRule(6);
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(check(r, valid().status(LegalStatus.LAPSED)).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(check(r, valid().status(LegalStatus.INVALIDATED)).outcome()).isEqualTo(Outcome.FAIL);
        EligibilityCheck unpaid = check(r, valid().annualFeePaidUntil(LocalDate.of(2024, 12, 1)));
        assertThat(unpaid.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(unpaid.reason().english()).contains("2024-12-01").contains("2025-06-01").contains("2025-06-30");
        // 专利权质押登记办法 (CNIPA, 2021) art. 12: a patent whose annual fee is unpaid is not registered as pledged,
        // also inside the grace period of Implementing Regulations rule 98, so it cannot be collateral; the reason
        // names the remedy (fee with surcharge)
        EligibilityCheck inGrace = check(r, valid().annualFeePaidUntil(LocalDate.of(2025, 3, 31)));
        assertThat(inGrace.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(inGrace.reason().chinese()).contains("2025-03-31").contains("2025-09-30").contains("滞纳金")
                .contains("第十二条");
        assertThat(inGrace.reason().english()).contains("surcharge").contains("art. 12");
        assertThatThrownBy(() -> new InForceRule(-1)).hasMessageContaining("-1");
    }

    @Test
    void encumbrance() {
        EncumbranceRule r = new EncumbranceRule();
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(check(r, valid().status(LegalStatus.FROZEN)).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(check(r, valid().status(LegalStatus.DISPUTED)).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void alreadyPledged() {
        AlreadyPledgedRule r = new AlreadyPledgedRule();
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(check(r, valid().status(LegalStatus.PLEDGED)).outcome()).isEqualTo(Outcome.FAIL);
        LegalEvent pledge = new LegalEvent(LocalDate.of(2024, 2, 1), LegalEvent.Kind.SECURITY_INTEREST, "", "CN", "", "");
        LegalEvent release = new LegalEvent(LocalDate.of(2025, 2, 1), LegalEvent.Kind.SECURITY_RELEASE, "", "CN", "", "");
        EligibilityCheck open = check(r, valid().addEvent(pledge));
        assertThat(open.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(open.reason().english()).contains("2024-02-01");
        assertThat(check(r, valid().addEvent(pledge).addEvent(release)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void expiryBeforeMaturity() {
        ExpiryBeforeMaturityRule r = new ExpiryBeforeMaturityRule();
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        EligibilityCheck early = check(r, valid().expiryDate(LocalDate.of(2026, 12, 31)));
        assertThat(early.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(early.reason().english()).isEqualTo("Legal expiry 2026-12-31 precedes loan maturity 2027-06-30");
        assertThat(check(r, valid().filingDate(null).grantDate(null)).outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void pendingInvalidation() {
        PendingInvalidationRule r = new PendingInvalidationRule();
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        // 专利权质押登记办法 (2021) art. 12: not registered while invalidation is pending, unless the parties accept it
        Patent pending = valid().status(LegalStatus.PENDING_INVALIDATION).build();
        EligibilityCheck refused = r.check(pending, CTX);
        assertThat(refused.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(refused.reason().english()).contains("unless the parties accept it");
        EligibilityContext accepted = new EligibilityContext(PLEDGOR, AS_OF, MATURITY, Map.of(),
                java.util.Set.of(pending.number().canonical()));
        assertThat(r.check(pending, accepted).outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.condition(java.util.List.of(pending.number().canonical()), accepted)).get()
                .extracting(io.pledgebench.domain.Text::key).isEqualTo("assessment.condition.monitorInvalidation");
    }

    @Test
    void remainingLife() {
        Map<PatentType, Double> min = new EnumMap<>(PatentType.class);
        min.put(PatentType.INVENTION, 8.0);
        min.put(PatentType.UTILITY_MODEL, 4.0);
        RemainingLifeRule r = new RemainingLifeRule(min);
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        // filed 2010-01-15: expires 2030-01-15, 4.5 years after 2025-06-30
        EligibilityCheck old = check(r, valid().filingDate(LocalDate.of(2010, 1, 15)).grantDate(LocalDate.of(2012, 1, 1)));
        assertThat(old.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(old.reason().english()).contains("4.5 years").contains("2030-01-15").contains("8.0 years");
        assertThat(check(r, valid().type(PatentType.UTILITY_MODEL).filingDate(LocalDate.of(2023, 1, 1))).outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(check(r, valid().type(PatentType.UTILITY_MODEL).filingDate(LocalDate.of(2018, 1, 1))).outcome())
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void inUse() {
        InUseRule r = new InUseRule(2);
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        EligibilityCheck recent = check(r, valid().inUseSince(LocalDate.of(2024, 6, 30)));
        assertThat(recent.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(recent.reason().english()).contains("2024-06-30").contains("1.0 years");
        assertThat(check(r, valid().inUseSince(null)).outcome()).isEqualTo(Outcome.WARNING);
    }

    /**
     * Committee review 14, items 7 and 10: a fee paid only to a date before drawdown (or not recorded) is a warning and
     * a dated condition naming the patents; fees falling due after drawdown are a pass with one condition for the
     * term; a patent that pays no fee (application, lapsed, invalidated) carries no fee warning.
     */
    @Test
    void annualFeeDue() {
        AnnualFeeDueRule r = new AnnualFeeDueRule();
        assertThat(check(r, valid()).outcome()).isEqualTo(Outcome.PASS);
        EligibilityCheck due = check(r, valid().annualFeePaidUntil(LocalDate.of(2026, 1, 14)));
        assertThat(due.outcome()).as("falls due in the term: a condition, not a warning").isEqualTo(Outcome.PASS);
        assertThat(due.reason().english()).contains("annual fee paid until 2026-01-14, loan matures 2027-06-30".substring(1));
        assertThat(r.conditioned(due)).isTrue();
        assertThat(r.conditioned(check(r, valid()))).isFalse();
        assertThat(check(r, valid().annualFeePaidUntil(null)).outcome()).isEqualTo(Outcome.WARNING);
        for (LegalStatus none : List.of(LegalStatus.APPLICATION, LegalStatus.LAPSED, LegalStatus.INVALIDATED)) {
            assertThat(check(r, valid().status(none).annualFeePaidUntil(null)).outcome()).as(none.code())
                    .isEqualTo(Outcome.PASS);
            assertThat(check(r, valid().status(none).annualFeePaidUntil(LocalDate.of(2026, 1, 14))).outcome())
                    .as(none.code()).isEqualTo(Outcome.PASS);
        }

        // the loan starts on 2025-09-01: a fee paid to 2025-08-10 is unpaid at drawdown
        EligibilityContext later = new EligibilityContext(PLEDGOR, AS_OF, MATURITY, Map.of(), java.util.Set.of(), false,
                LocalDate.of(2025, 9, 1));
        EligibilityCheck beforeStart = r.check(valid().annualFeePaidUntil(LocalDate.of(2025, 8, 10)).build(), later);
        assertThat(beforeStart.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(beforeStart.reason().english()).contains("2025-08-10").contains("2025-09-01");
        assertThat(r.check(valid().annualFeePaidUntil(LocalDate.of(2025, 9, 1)).build(), later).outcome())
                .as("paid to the start day").isEqualTo(Outcome.PASS);
        EligibilityCheck notRecorded = r.check(valid().annualFeePaidUntil(null).build(), later);
        EligibilityCheck inTerm = r.check(valid().annualFeePaidUntil(LocalDate.of(2026, 1, 14)).build(), later);
        Map<String, EligibilityCheck> checks = new java.util.LinkedHashMap<>();
        checks.put("CN1", beforeStart);
        checks.put("CN2", inTerm);
        checks.put("CN3", notRecorded);
        List<io.pledgebench.domain.Text> conditions = r.conditions(checks, later);
        assertThat(conditions).extracting(io.pledgebench.domain.Text::key).containsExactly(
                "assessment.condition.feeReceiptsBeforeDrawdown", "assessment.condition.keepFeesPaidNamed");
        assertThat(conditions.get(0).render(Locale.SIMPLIFIED_CHINESE))
                .startsWith("放款前（2025-09-01前）提供下列2件专利的年费缴费凭证").endsWith("CN1, CN3");
        assertThat(conditions.get(0).english()).startsWith("Before drawdown on 2025-09-01").endsWith("CN1, CN3");
        assertThat(conditions.get(1).english()).contains("1 patent (CN2)").contains("2027-06-30");
        // an existing loan was drawn already: the receipts are asked for, without a drawdown date
        EligibilityContext existing = new EligibilityContext(PLEDGOR, AS_OF, MATURITY, Map.of(), java.util.Set.of(), true);
        assertThat(r.conditions(Map.of("CN3", notRecorded), existing)).extracting(io.pledgebench.domain.Text::key)
                .containsExactly("assessment.condition.feeReceipts");
    }

    @Test
    void singlePatentConcentration() {
        SinglePatentConcentrationRule r = new SinglePatentConcentrationRule(0.5);
        Patent p = valid().build();
        String key = p.number().canonical();
        assertThat(r.check(p, CTX.withValueShares(Map.of(key, 0.4))).outcome()).isEqualTo(Outcome.PASS);
        EligibilityCheck high = r.check(p, CTX.withValueShares(Map.of(key, 0.72)));
        assertThat(high.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(high.reason().english()).contains("72%").contains("50%");
        assertThatThrownBy(() -> new SinglePatentConcentrationRule(0)).hasMessageContaining("0.0");
    }

    @Test
    void theWorstCheckDecidesAndEveryRuleIsPrintedWithItsParameters() {
        EligibilityRules rules = EligibilityRules.defaults();
        EligibilityResult ok = rules.evaluate(valid().build(), CTX);
        assertThat(ok.status()).isEqualTo(Outcome.PASS);
        assertThat(ok.checks()).hasSize(11);
        EligibilityResult lapsed = rules.evaluate(valid().status(LegalStatus.LAPSED).build(), CTX);
        assertThat(lapsed.status()).isEqualTo(Outcome.FAIL);
        assertThat(lapsed.pledgeable()).isFalse();
        assertThat(lapsed.reasons()).extracting(t -> t.key()).containsExactly("risk.eligibility.inForce.lapsed");
        assertThat(rules.parameters()).containsKeys("ownership", "inForce", "remainingLife", "singlePatentShare");
        assertThat(rules.parameters().get("inForce")).isEqualTo(Map.of("graceMonths", 6));
    }

    @Test
    void statusAndTypeWordsInSentencesFollowTheEnumsInBothLanguages() {
        for (LegalStatus st : LegalStatus.values()) {
            io.pledgebench.domain.Text t = io.pledgebench.domain.Text.of("risk.eligibility.inForce.ok", st.ordinal());
            assertThat(t.english()).as(st.code()).containsIgnoringCase(st.code().replace('_', ' '));
            assertThat(t.chinese()).as(st.code()).contains(st.chinese());
        }
        for (PatentType ty : PatentType.values()) {
            io.pledgebench.domain.Text t = io.pledgebench.domain.Text.of("risk.eligibility.remainingLife.noPolicy",
                    ty.ordinal());
            assertThat(t.english()).as(ty.code()).contains(ty.code().replace('_', ' '));
            assertThat(t.chinese()).as(ty.code()).contains(ty.chinese());
        }
    }
}
