package io.pledgebench.assessment;

import io.pledgebench.cli.SyntheticBook;
import io.pledgebench.domain.ComparableTransaction;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.valuation.MethodResult;
import io.pledgebench.valuation.MonteCarloSimulator;
import io.pledgebench.valuation.PatentValuation;
import io.pledgebench.valuation.ValuationEngine;
import io.pledgebench.valuation.ValuationParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The figures-only valuation a loan book's revaluation uses ({@link ValuationEngine#figuresOnly()}, ADR 0033) gives the
 * figures of the explained valuation to the bit: every method's value, applied flag and skip reason, the reconciled
 * value, weights and reasons, and the revaluation's collateral and credit-risk figures, for every sample portfolio and
 * a synthetic borrower's patents, under the default parameters and under parameters that bring every method in (sales
 * share, TAB, real option, comparables). Compared with {@code isEqualTo}, not within a tolerance.
 */
class FiguresOnlyValuationTest {

    private static final LocalDate DRAWDOWN = LocalDate.of(2026, 12, 1);
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2027, 1, 15), LocalDate.of(2031, 6, 30));

    @TempDir
    Path dir;

    private List<Portfolio> portfolios() throws Exception {
        List<Portfolio> out = new ArrayList<>();
        for (String sample : List.of("cn-tech-sme", "epo-ep1000000", "us-amazon", "university-spinoff.xlsx")) {
            out.add(PortfolioReader.read(Path.of("sample-portfolios", sample)).portfolio());
        }
        out.add(SyntheticBook.portfolio(dir.resolve("synthetic"), 300, 0, "Borrower 0 Co. Ltd."));
        return out;
    }

    private static List<AssessmentParameters> parameterSets() {
        AssessmentParameters defaults = AssessmentParameters.defaults();
        ValuationParameters every = defaults.valuation().toBuilder().salesShare(0.04).taxAmortisationBenefit(true)
                .realOptionInvestmentRatio(0.6).minComparables(1).build();
        return List.of(defaults, defaults.withValuation(every));
    }

    private static List<ComparableTransaction> comparables(String currency) {
        List<ComparableTransaction> out = new ArrayList<>();
        String[] ipcs = {"G01L 9/00", "H01L 21/00", "B25J 9/00", "A61B 5/00", "C08K 3/00", "F16H 1/00", "H04L 9/00"};
        for (int i = 0; i < ipcs.length; i++) {
            for (PatentType type : PatentType.values()) {
                out.add(new ComparableTransaction(null, "T" + i + type.code(), "sale", LocalDate.of(2022, 1 + i, 1),
                        new BigDecimal(2_000_000 + 300_000 * i), currency, type, ipcs[i], 6.0 + i, "test"));
            }
        }
        return out;
    }

    @Test
    void everyMethodValueAndTheReconciledValueAreTheExplainedOnesToTheBit() throws Exception {
        int patentsCompared = 0;
        int applied = 0;
        int refusals = 0;
        List<String> methodsApplied = new ArrayList<>();
        for (Portfolio pf : portfolios()) {
            for (AssessmentParameters params : parameterSets()) {
                ValuationParameters vp = params.valuation().toBuilder().currency(pf.currency()).build();
                ValuationEngine explained = new ValuationEngine(vp, comparables(pf.currency()))
                        .forPortfolio(pf.patents(), pf.enterprise());
                ValuationEngine figures = explained.figuresOnly();
                for (LocalDate asOf : DATES) {
                    for (Patent p : pf.patents()) {
                        String where = pf.name() + " " + p.number().canonical() + " " + asOf;
                        PatentValuation full;
                        try {
                            full = explained.value(p, pf.enterprise(), asOf);
                        } catch (IllegalArgumentException refused) {
                            // what the explained valuation refuses (e.g. the real option's tree a few days before
                            // expiry), the figures-only one refuses alike
                            assertThatThrownBy(() -> figures.value(p, pf.enterprise(), asOf)).as(where)
                                    .isInstanceOf(IllegalArgumentException.class).hasMessage(refused.getMessage());
                            refusals++;
                            continue;
                        }
                        PatentValuation only = figures.value(p, pf.enterprise(), asOf);
                        assertThat(only.value()).as(where).isEqualTo(full.value());
                        assertThat(only.valued()).as(where).isEqualTo(full.valued());
                        assertThat(only.costOnly()).as(where).isEqualTo(full.costOnly());
                        assertThat(only.weightsUsed()).as(where).isEqualTo(full.weightsUsed());
                        assertThat(only.reasons()).as(where).isEqualTo(full.reasons());
                        assertThat(only.incomePeriod()).as(where).isEqualTo(full.incomePeriod());
                        assertThat(only.notValuedReason()).as(where).isEqualTo(full.notValuedReason());
                        assertThat(only.methods()).hasSameSizeAs(full.methods());
                        for (int m = 0; m < full.methods().size(); m++) {
                            MethodResult f = full.methods().get(m);
                            MethodResult o = only.methods().get(m);
                            assertThat(o.methodId()).isEqualTo(f.methodId());
                            assertThat(o.applied()).as(where + " " + f.methodId()).isEqualTo(f.applied());
                            assertThat(o.value()).as(where + " " + f.methodId()).isEqualTo(f.value());
                            assertThat(o.skipReason()).as(where + " " + f.methodId()).isEqualTo(f.skipReason());
                            // and the explanation is left out: what the path saves
                            assertThat(o.parameters()).isEmpty();
                            assertThat(o.inputs()).isEmpty();
                            assertThat(o.cashFlows()).isEmpty();
                            assertThat(o.explanation()).isEqualTo(o.applied() ? List.of() : List.of(o.skipReason()));
                            if (f.applied()) {
                                applied++;
                                if (!methodsApplied.contains(f.methodId())) {
                                    methodsApplied.add(f.methodId());
                                }
                            }
                        }
                        patentsCompared++;
                    }
                }
            }
        }
        assertThat(patentsCompared).isGreaterThan(1000);
        assertThat(refusals).as("refusals").isLessThan(patentsCompared / 10);
        assertThat(applied).isGreaterThan(1000);
        // every method's figure was compared applied, not only skipped
        assertThat(methodsApplied).containsExactlyInAnyOrderElementsOf(
                new ValuationEngine(ValuationParameters.defaults(), List.of()).methodIds());
    }

    @Test
    void theRevaluationsCollateralAndCreditRiskFiguresAreTheExplainedOnesToTheBit() throws Exception {
        int compared = 0;
        for (Portfolio pf : portfolios()) {
            for (AssessmentParameters params : parameterSets()) {
                for (LocalDate asOf : DATES) {
                    AssessmentInputs in = new AssessmentInputs(pf, new LoanRequest(new BigDecimal("1450000"),
                            pf.currency(), 60, DRAWDOWN, null), asOf, 1, 200, 0.02, comparables(pf.currency()));
                    String where = pf.name() + " " + asOf;
                    LoanRevaluation.Result full;
                    try {
                        full = LoanRevaluation.deterministic(in, params, true);
                    } catch (IllegalArgumentException refused) {
                        assertThatThrownBy(() -> LoanRevaluation.deterministic(in, params)).as(where)
                                .isInstanceOf(IllegalArgumentException.class).hasMessage(refused.getMessage());
                        continue;
                    }
                    LoanRevaluation.Result only = LoanRevaluation.deterministic(in, params);
                    assertThat(only.marketValue()).as(where).isEqualTo(full.marketValue());
                    assertThat(only.liquidationValue()).as(where).isEqualTo(full.liquidationValue());
                    assertThat(only.lifetimeExpectedLoss()).as(where).isEqualTo(full.lifetimeExpectedLoss());
                    assertThat(only.capital()).as(where).isEqualTo(full.capital());
                    assertThat(only.ipcSections()).as(where).isEqualTo(full.ipcSections());
                    assertThat(only).as(where).isEqualTo(full);
                    if (full.marketValue() > 0) {
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aFiguresOnlyEngineIsNotSimulatedForItKeepsNoCashFlowTables() {
        ValuationEngine figures = new ValuationEngine(ValuationParameters.defaults(), List.of()).figuresOnly();
        assertThat(figures.explained()).isFalse();
        assertThat(figures.withParameters(ValuationParameters.defaults()).explained()).isFalse();
        assertThatThrownBy(() -> new MonteCarloSimulator(figures)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("figures-only");
    }
}
