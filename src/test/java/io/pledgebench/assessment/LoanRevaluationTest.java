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
}
