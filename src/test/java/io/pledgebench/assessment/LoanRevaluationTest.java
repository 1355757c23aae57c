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

    /** The pledged patents: the pipeline's pool (eligible, carrying collateral value), by canonical number. */
    private static java.util.Map<String, Double> pool(Assessment a) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (io.pledgebench.risk.CollateralCalculator.ItemResult i : a.results().collateral().items()) {
            if (i.countsAsCollateral()) {
                out.put(i.patentNumber(), i.marketValue());
            }
        }
        return out;
    }

    /**
     * Review of issue 17, B1: on the drawdown day the revaluation of the pledged patents gives the booked collateral
     * exactly (the whole assessed portfolio valued, so each product's revenue stays split over every patent on it,
     * and the pledged patents' values taken). Pledging part of the pool gives that part's assessed values, not the
     * values the part would get as a portfolio of its own (its co-products' revenue share moved onto it).
     */
    @Test
    void onTheDrawdownDayThePledgedPatentsRevalueToTheBookedFiguresExactly() {
        LocalDate drawdown = LocalDate.of(2026, 12, 1);
        AssessmentParameters params = AssessmentParameters.defaults();
        AssessmentInputs in = inputs(SME.patents(), drawdown);
        Assessment a = AssessmentPipeline.run(in, params);
        java.util.Map<String, Double> pool = pool(a);
        assertThat(pool).hasSizeGreaterThan(4);
        LoanRevaluation.Result r = LoanRevaluation.simulated(in, params, pool.keySet());
        assertThat(r.marketValue()).isEqualTo(a.results().collateral().marketValue());
        assertThat(r.liquidationValue()).isEqualTo(a.results().collateral().liquidationValue());
        assertThat(LoanRevaluation.deterministic(in, params, pool.keySet()).marketValue())
                .isCloseTo(a.results().collateral().marketValue(), within(1e-6));

        // a loan secured by part of the pool: its patents' assessed values, in the same portfolio context
        java.util.Set<String> part = new java.util.TreeSet<>(new ArrayList<>(pool.keySet()).subList(0, pool.size() / 2));
        double assessedPart = part.stream().mapToDouble(pool::get).sum();
        LoanRevaluation.Result partly = LoanRevaluation.deterministic(in, params, part);
        assertThat(partly.marketValue()).isCloseTo(assessedPart, within(1e-6));
        List<Patent> alone = SME.patents().stream().filter(p -> part.contains(p.number().canonical())).toList();
        double asOwnPortfolio = LoanRevaluation.deterministic(inputs(alone, drawdown), params).marketValue();
        assertThat(asOwnPortfolio).as("valued alone, the part takes its co-products' revenue: the defect B1 showed")
                .isGreaterThan(assessedPart * 1.01);
    }

    /**
     * Review of issue 17, B1: a lapse and a freeze of pledged patents that take more than the trigger's share of the
     * booked value raise value_drop against the booked value (the baseline the revaluation agrees with at drawdown).
     */
    @Test
    void aLapseAndAFreezeOfPledgedPatentsPastTheTriggerRaiseValueDrop() {
        LocalDate drawdown = LocalDate.of(2026, 12, 1);
        LocalDate asOf = LocalDate.of(2027, 1, 15);
        AssessmentParameters params = AssessmentParameters.defaults();
        Assessment a = AssessmentPipeline.run(inputs(SME.patents(), drawdown), params);
        java.util.Map<String, Double> pool = pool(a);
        double booked = a.results().collateral().marketValue();
        // the most valuable pledged patents, until they hold more than 40 % of the booked value
        List<String> hit = new ArrayList<>();
        double share = 0;
        for (var e : pool.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .toList()) {
            if (share > 0.4 * booked) {
                break;
            }
            hit.add(e.getKey());
            share += e.getValue();
        }
        assertThat(hit).hasSizeGreaterThanOrEqualTo(2);
        List<io.pledgebench.risk.monitoring.StatusUpdate> updates = new ArrayList<>();
        for (int i = 0; i < hit.size(); i++) {
            updates.add(new io.pledgebench.risk.monitoring.StatusUpdate(hit.get(i), LocalDate.of(2027, 1, 5),
                    i == 0 ? LegalStatus.FROZEN : LegalStatus.LAPSED,
                    i == 0 ? null : io.pledgebench.domain.LegalEvent.Kind.LAPSE, "", "status.csv"));
        }
        List<Patent> now = SME.patents().stream()
                .map(p -> io.pledgebench.risk.monitoring.StatusUpdates.apply(p, updates, asOf)).toList();
        LoanRevaluation.Result r = LoanRevaluation.deterministic(inputs(now, asOf), params, pool.keySet());
        assertThat(r.marketValue()).isLessThan(0.7 * booked);
        List<Patent> pledged = now.stream().filter(p -> pool.containsKey(p.number().canonical())).toList();
        io.pledgebench.risk.monitoring.MonitoredLoan loan = new io.pledgebench.risk.monitoring.MonitoredLoan("L1",
                "Borrower", null, "none", drawdown, drawdown.plusMonths(36), new BigDecimal("1450000"), pledged,
                "Y2026440000001", drawdown, drawdown, BigDecimal.valueOf(booked).setScale(2, java.math.RoundingMode.HALF_UP),
                new io.pledgebench.risk.monitoring.MonitoredLoan.Triggers(0.0, 0.30));
        io.pledgebench.risk.monitoring.Revaluation revalued = new io.pledgebench.risk.monitoring.Revaluation(
                BigDecimal.valueOf(r.marketValue()).setScale(2, java.math.RoundingMode.HALF_UP),
                BigDecimal.valueOf(r.liquidationValue()).setScale(2, java.math.RoundingMode.HALF_UP),
                BigDecimal.valueOf(r.lifetimeExpectedLoss()).setScale(2, java.math.RoundingMode.HALF_UP));
        var alerts = new io.pledgebench.risk.monitoring.MonitoringRules(
                io.pledgebench.risk.monitoring.MonitoringPolicy.defaults()).check(loan, revalued, asOf);
        assertThat(alerts).anyMatch(x -> x.type() == io.pledgebench.risk.monitoring.AlertType.VALUE_DROP);
        // on the drawdown day, the same loan revalued is no drop
        LoanRevaluation.Result day0 = LoanRevaluation.deterministic(inputs(SME.patents(), drawdown), params,
                pool.keySet());
        var none = new io.pledgebench.risk.monitoring.MonitoringRules(
                io.pledgebench.risk.monitoring.MonitoringPolicy.defaults()).check(loan,
                new io.pledgebench.risk.monitoring.Revaluation(
                        BigDecimal.valueOf(day0.marketValue()).setScale(2, java.math.RoundingMode.HALF_UP),
                        BigDecimal.valueOf(day0.liquidationValue()).setScale(2, java.math.RoundingMode.HALF_UP),
                        BigDecimal.ZERO), drawdown);
        assertThat(none).noneMatch(x -> x.type() == io.pledgebench.risk.monitoring.AlertType.VALUE_DROP);
    }
}
