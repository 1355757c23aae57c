package io.pledgebench.assessment;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.PortfolioReader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A booked loan's revaluation is the assessment engine's collateral, without Monte Carlo unless asked. */
class LoanRevaluationTest {

    private static final Portfolio SME = PortfolioReader.read(Path.of("sample-portfolios/cn-tech-sme")).portfolio();

    private static AssessmentInputs inputs(List<Patent> patents, LocalDate asOf) {
        Portfolio pf = new Portfolio(SME.name(), SME.enterprise(), patents, null, SME.currency(), null);
        return new AssessmentInputs(pf, new LoanRequest(new BigDecimal("1450000"), "CNY", 36,
                LocalDate.of(2026, 12, 1), null), asOf, 1, 200, null, List.of());
    }

    @Test
    void theDeterministicRevaluationHasThePipelinesCollateralValues() {
        AssessmentInputs in = inputs(SME.patents(), LocalDate.of(2027, 1, 15));
        LoanRevaluation.Result r = LoanRevaluation.deterministic(in, AssessmentParameters.defaults());
        Assessment a = AssessmentPipeline.run(in, AssessmentParameters.defaults());
        assertThat(r.marketValue()).isCloseTo(a.results().collateral().marketValue(), within(1e-6));
        assertThat(r.liquidationValue()).isCloseTo(a.results().collateral().liquidationValue(), within(1e-6));
        assertThat(r.lifetimeExpectedLoss()).isPositive();
        assertThat(r.ipcSections().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        LoanRevaluation.Result mc = LoanRevaluation.simulated(in, AssessmentParameters.defaults());
        assertThat(mc.marketValue()).isCloseTo(r.marketValue(), within(1e-6));
    }

    @Test
    void theSimulatedRevaluationHasThePipelinesFiguresOnAnyNumberOfThreadsAndRepeats() {
        AssessmentInputs in = inputs(SME.patents(), LocalDate.of(2027, 1, 15));
        AssessmentParameters params = AssessmentParameters.defaults();
        Assessment a = AssessmentPipeline.run(in, params);
        LoanRevaluation.Result mc = LoanRevaluation.simulated(in, params);
        // exactly the pipeline's figures: the same valuation, pool, seeded paths and recovery
        assertThat(mc.marketValue()).isEqualTo(a.results().collateral().marketValue());
        assertThat(mc.liquidationValue()).isEqualTo(a.results().collateral().liquidationValue());
        assertThat(mc.lifetimeExpectedLoss()).isEqualTo(a.results().risk().lifetimeExpectedLoss());
        assertThat(mc.capital()).isEqualTo(a.results().risk().capital());
        // Monte Carlo moves the recovery: not the deterministic upper bound's expected loss
        assertThat(mc.lifetimeExpectedLoss()).isNotEqualTo(LoanRevaluation.deterministic(in, params)
                .lifetimeExpectedLoss());
        LoanRevaluation.Result oneThread = LoanRevaluation.simulated(in,
                params.withMonteCarlo(params.monteCarlo().withThreads(1)));
        assertThat(oneThread.lifetimeExpectedLoss()).isEqualTo(mc.lifetimeExpectedLoss());
        assertThat(oneThread.capital()).isEqualTo(mc.capital());
        assertThat(LoanRevaluation.simulated(in, params).lifetimeExpectedLoss()).isEqualTo(mc.lifetimeExpectedLoss());
    }

    @Test
    void aLapsedPledgedPatentLeavesThePoolAndTheValueFalls() {
        LocalDate asOf = LocalDate.of(2027, 1, 15);
        AssessmentParameters p = AssessmentParameters.defaults();
        LoanRevaluation.Result before = LoanRevaluation.deterministic(inputs(SME.patents(), asOf), p);
        List<Patent> lapsed = new ArrayList<>(SME.patents());
        lapsed.set(0, lapsed.get(0).toBuilder().status(LegalStatus.LAPSED).build());
        LoanRevaluation.Result after = LoanRevaluation.deterministic(inputs(lapsed, asOf), p);
        assertThat(after.marketValue()).isLessThan(before.marketValue());
        assertThat(after.eligibility().get(0).pledgeable()).isFalse();
    }

    /**
     * A European patent that lapsed in one of its four designated states keeps three quarters of its value: the data
     * holds no revenue by state, so each designated state counts equally (ADR 0015); a lapse in a state that is not
     * designated changes nothing, and a lapse everywhere makes it a lapsed patent outside the pool.
     */
    @Test
    void aEuropeanPatentThatLapsedInOneOfFourDesignatedStatesKeepsThreeQuartersOfItsValue() {
        LocalDate asOf = LocalDate.of(2027, 1, 15);
        AssessmentParameters p = AssessmentParameters.defaults();
        Patent cn = SME.patents().get(0);
        io.pledgebench.domain.LegalEvent designation = new io.pledgebench.domain.LegalEvent(LocalDate.of(2020, 1, 8),
                io.pledgebench.domain.LegalEvent.Kind.DESIGNATION, "AK", "", "DESIGNATED CONTRACTING STATES — "
                + io.pledgebench.domain.StateFates.describeDesignation(List.of("DE", "FR", "GB", "NL")), "ops.xml");
        java.util.function.Function<String, Patent> lapsedIn = state -> cn.toBuilder()
                .number(io.pledgebench.domain.PatentNumber.parse("EP1000000")).events(List.of(designation,
                        new io.pledgebench.domain.LegalEvent(LocalDate.of(2026, 12, 20),
                                io.pledgebench.domain.LegalEvent.Kind.LAPSE, "PG25", state, "LAPSED", "ops.xml")))
                .build();
        Patent whole = lapsedIn.apply("IT"); // IT is not designated: not monitored
        Patent partly = lapsedIn.apply("DE");
        assertThat(LoanRevaluation.keptShare(whole)).isEqualTo(1.0);
        assertThat(LoanRevaluation.keptShare(partly)).isEqualTo(0.75);
        assertThat(LoanRevaluation.keptShare(cn)).isEqualTo(1.0);
        LoanRevaluation.Result before = LoanRevaluation.deterministic(inputs(List.of(whole), asOf), p);
        LoanRevaluation.Result after = LoanRevaluation.deterministic(inputs(List.of(partly), asOf), p);
        assertThat(before.marketValue()).isPositive();
        assertThat(after.marketValue()).isCloseTo(0.75 * before.marketValue(), within(1e-6));
        assertThat(after.liquidationValue()).isCloseTo(0.75 * before.liquidationValue(), within(1e-6));
        // with Monte Carlo the liquidation factor carries the same share
        LoanRevaluation.Result mcBefore = LoanRevaluation.simulated(inputs(List.of(whole), asOf), p);
        LoanRevaluation.Result mcAfter = LoanRevaluation.simulated(inputs(List.of(partly), asOf), p);
        assertThat(mcAfter.marketValue()).isCloseTo(0.75 * mcBefore.marketValue(), within(1e-6));
        assertThat(mcAfter.lifetimeExpectedLoss()).isGreaterThan(mcBefore.lifetimeExpectedLoss());
    }
}
