package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The valuation models of {@code calc}: one JSON object with the SPEC keys, exit 2 with one line on bad input. */
class CalcValuationCommandsTest {

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JsonOutput.mapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Hull, "Options, Futures, and Other Derivatives", 9th ed., Example 15.6: c = 4.76, p = 0.81. */
    @Test
    void blackScholesPrintsCallAndPut() throws Exception {
        Run r = run("calc", "black-scholes", "--spot", "42", "--strike", "40", "--rate", "0.1", "--volatility", "0.2",
                "--years", "0.5");
        assertThat(r.code()).isZero();
        assertThat(r.out().trim().lines()).hasSize(1);
        assertThat(r.json().get("call").asDouble()).isCloseTo(4.76, within(0.005));
        assertThat(r.json().get("put").asDouble()).isCloseTo(0.81, within(0.005));
    }

    /** Hull, 9th ed., Figure 13.8: American put S 50, K 52, r 5 %, u 1.2, d 0.8, two 1-year steps ≈ 5.0894. */
    @Test
    void binomialPrintsValue() throws Exception {
        Run r = run("calc", "binomial", "--spot", "50", "--strike", "52", "--rate", "0.05", "--up", "1.2", "--down", "0.8",
                "--steps", "2", "--dt", "1", "--kind", "put", "--style", "american");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("value").asDouble()).isCloseTo(5.0894, within(0.0005));
    }

    /** Hand computation in DiscountedCashFlowTest: τ 40 %, n 15, r 16 % → 1.174644. */
    @Test
    void tabFactorPrintsFactor() throws Exception {
        Run r = run("calc", "tab-factor", "--tax-rate", "0.4", "--life", "15", "--discount-rate", "0.16");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("factor").asDouble()).isCloseTo(1.174644, within(0.000005));
    }

    @Test
    void reliefFromRoyaltyPrintsValue() throws Exception {
        Run r = run("calc", "relief-from-royalty", "--revenues", "1000,1100,1200", "--royalty-rate", "0.05",
                "--tax-rate", "0.25", "--discount-rate", "0.1");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("value").asDouble()).isCloseTo(101.9910, within(0.0001));
        Run mid = run("calc", "relief-from-royalty", "--revenues", "1000,1100,1200", "--royalty-rate", "0.05",
                "--tax-rate", "0.25", "--discount-rate", "0.1", "--mid-year");
        assertThat(mid.json().get("value").asDouble()).isGreaterThan(r.json().get("value").asDouble());
    }

    @Test
    void incomeSplitPrintsValue() throws Exception {
        Run r = run("calc", "income-split", "--incomes", "1000,1000,1000,1000,1000", "--share", "0.25", "--tax-rate",
                "0.25", "--discount-rate", "0.12");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("value").asDouble()).isCloseTo(675.8956, within(0.0001));
    }

    @Test
    void costPrintsValue() throws Exception {
        Run r = run("calc", "cost", "--replacement-cost", "1000000", "--used-years", "4", "--remaining-years", "6");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("value").asDouble()).isEqualTo(600000.0);
    }

    /**
     * Excess earnings by hand: revenues 1000, 1000; margin 20 %, τ 25 %, charges 5 % of revenue, r 10 %:
     * (150 − 50) = 100 a year → 100/1.1 + 100/1.21 = 173.5537.
     */
    @Test
    void excessEarningsPrintsValue() throws Exception {
        Run r = run("calc", "excess-earnings", "--revenues", "1000,1000", "--margin", "0.2", "--charge", "0.05",
                "--tax-rate", "0.25", "--discount-rate", "0.1");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("value").asDouble()).isCloseTo(173.5537, within(0.0001));
    }

    /** By hand: 100 × 1.02² × 10/8 = 130.05 and 200 × 1 × 10/10 = 200; mean 165.025. */
    @Test
    void marketComparablesPrintsValue() throws Exception {
        Run r = run("calc", "market-comparables", "--prices", "100,200", "--years-since", "2,0", "--remaining-lives",
                "8,10", "--subject-life", "10", "--price-index", "0.02");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("value").asDouble()).isCloseTo(165.025, within(1e-9));
        Run mismatch = run("calc", "market-comparables", "--prices", "100,200", "--years-since", "2", "--remaining-lives",
                "8,10", "--subject-life", "10");
        assertThat(mismatch.code()).isEqualTo(2);
    }

    /** q defaults to 1/T; Black–Scholes with that yield; with a yield, early exercise makes the American call worth more. */
    @Test
    void realOptionPrintsEuropeanAndAmericanValues() throws Exception {
        Run r = run("calc", "real-option", "--value", "1000", "--investment", "800", "--years", "10", "--rate", "0.03",
                "--volatility", "0.4");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("costOfDelay").asDouble()).isEqualTo(0.1);
        assertThat(r.json().get("value").asDouble())
                .isCloseTo(io.pledgebench.valuation.BlackScholes.call(1000, 800, 0.03, 0.4, 10, 0.1), within(1e-9));
        assertThat(r.json().get("american").asDouble()).isGreaterThan(r.json().get("value").asDouble());
    }

    @Test
    void badInputExitsTwoWithOneLineNamingTheValue() {
        Run vol = run("calc", "black-scholes", "--spot", "42", "--strike", "40", "--rate", "0.1", "--volatility", "-0.2",
                "--years", "0.5");
        assertThat(vol.code()).isEqualTo(2);
        assertThat(vol.err().trim().lines()).hasSize(1);
        assertThat(vol.err()).contains("-0.2");
        assertThat(vol.out()).isEmpty();

        Run rate = run("calc", "income-split", "--incomes", "1,2", "--share", "0.2", "--tax-rate", "0.25",
                "--discount-rate", "-1");
        assertThat(rate.code()).isEqualTo(2);
        assertThat(rate.err()).contains("-1");

        Run empty = run("calc", "relief-from-royalty", "--revenues", "", "--royalty-rate", "0.05", "--tax-rate", "0.25",
                "--discount-rate", "0.1");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("empty");

        Run word = run("calc", "relief-from-royalty", "--revenues", "1,x", "--royalty-rate", "0.05", "--tax-rate", "0.25",
                "--discount-rate", "0.1");
        assertThat(word.code()).isEqualTo(2);
        assertThat(word.err()).contains("'x'");

        Run style = run("calc", "binomial", "--spot", "50", "--strike", "52", "--rate", "0.05", "--up", "1.2", "--down",
                "0.8", "--steps", "2", "--dt", "1", "--kind", "put", "--style", "bermudan");
        assertThat(style.code()).isEqualTo(2);
        assertThat(style.err()).contains("bermudan");

        Run missing = run("calc", "cost", "--replacement-cost", "100");
        assertThat(missing.code()).isEqualTo(2);

        Run notNumber = run("calc", "tab-factor", "--tax-rate", "abc", "--life", "15", "--discount-rate", "0.1");
        assertThat(notNumber.code()).isEqualTo(2);

        Run tab = run("calc", "tab-factor", "--tax-rate", "0.25", "--life", "0", "--discount-rate", "0.1");
        assertThat(tab.code()).isEqualTo(2);
        assertThat(tab.err()).contains("life");
    }
}
