package io.pledgebench.assessment;

import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.PortfolioReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input hash of a saved assessment never moves: the same portfolio, loan and parameters hash as they did when
 * it was saved, so an existing assessment is still found as "the same inputs and parameters" and verifies. A change
 * to the inputs' or parameters' tree (a new parameter, a renamed key) must keep this hash, or be a deliberate,
 * documented break of every stored hash.
 */
class InputHashGoldenTest {

    /** sample-portfolios/cn-tech-sme with its own loan request, valued on 2025-06-30, seed 7, 500 paths, defaults. */
    private static final String GOLDEN = "4a01cff66228c5f0deb2cd75695924e6c8213f28e8a2823d44d32e3c966dac07";

    @Test
    void theSamplePortfolioWithTheDefaultParametersHashesAsItAlwaysDid() {
        Portfolio p = PortfolioReader.read(Path.of("sample-portfolios/cn-tech-sme")).portfolio();
        AssessmentInputs in = new AssessmentInputs(p, p.loan(), LocalDate.of(2025, 6, 30), 7, 500, null, List.of());
        String hash = CanonicalJson.sha256(Assessment.hashedTree(in, AssessmentParameters.defaults()));
        assertThat(hash).isEqualTo(GOLDEN);
    }
}
