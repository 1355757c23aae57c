package io.pledgebench.io;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolios shipped in sample-portfolios/ read as their README describes them. */
class SamplePortfoliosTest {

    private static final Path SAMPLES = Path.of("sample-portfolios");

    @Test
    void cnTechSmeIsGbkWithChineseHeadersAndReadsCompletely() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("cn-tech-sme/patents.csv"));
        assertThat(CsvTables.decode(bytes).charset()).isEqualTo(Charset.forName("GB18030"));
        assertThat(CsvTables.decode(Files.readAllBytes(SAMPLES.resolve("cn-tech-sme/enterprise.csv"))).bom()).isTrue();

        ImportResult r = PortfolioReader.read(SAMPLES.resolve("cn-tech-sme"));

        assertThat(r.problems()).isEmpty();
        Portfolio p = r.portfolio();
        assertThat(p.patents()).hasSize(25);
        assertThat(p.patents()).extracting(Patent::type).contains(PatentType.INVENTION, PatentType.UTILITY_MODEL, PatentType.DESIGN);
        assertThat(p.enterprise().creditCode().value()).isEqualTo("91440300MA5G8KQ2X5");
        assertThat(p.enterprise().revenue()).isEqualByComparingTo("86500000");
        assertThat(p.loan().termMonths()).isEqualTo(36);
        assertThat(p.loan().startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(p.currency()).isEqualTo("CNY");
        assertThat(p.patents()).filteredOn(t -> t.status() == LegalStatus.LAPSED).hasSize(1);
        assertThat(p.patents()).filteredOn(t -> t.status() == LegalStatus.PLEDGED).hasSize(1);
        assertThat(p.patents()).filteredOn(t -> t.coOwned() && Boolean.FALSE.equals(t.pledgeConsent())).hasSize(3);
        Patent flagship = CsvPortfolioReaderTest.patent(r, "CN201410356287.1");
        assertThat(flagship.productRevenue()).as("2,860 万元").isEqualByComparingTo(new BigDecimal("28600000"));
        assertThat(flagship.royaltyRate()).isEqualTo(0.035);
        assertThat(flagship.grantDate()).isEqualTo(LocalDate.of(2016, 8, 24));
        assertThat(flagship.inUseSince()).isEqualTo(LocalDate.of(2016, 10, 1));
        assertThat(CsvPortfolioReaderTest.patent(r, "CN202010672935.X").openLicenceRoyalty()).isEqualTo(0.02);
    }

    /**
     * The sample names the product of each patent with revenue (产品名称) and weights for one product (贡献权重): its
     * seven products' revenues add up to 2,860 + 2,340 + 1,150 + 680 + 540 + 290 + 310 = 8,170 万元, below the
     * company's 8,650 万元, so nothing is scaled; the flagship takes 5 / (5 + 3 + 2) of the 2,860 万元 pressure-sensor
     * line. Without the product column the same rows would claim 20,580 万元 (the pressure sensor three times, …),
     * 2.4 × the company's revenue, and are scaled down by 8,650 / 20,580.
     */
    @Test
    void cnTechSmeAttributesEachProductsRevenueOnce() {
        Portfolio p = PortfolioReader.read(SAMPLES.resolve("cn-tech-sme")).portfolio();
        io.pledgebench.valuation.RevenueAttribution a =
                io.pledgebench.valuation.RevenueAttribution.of(p.patents(), p.enterprise());
        assertThat(a.method()).isEqualTo(io.pledgebench.valuation.RevenueAttribution.Method.BY_PRODUCT);
        assertThat(a.products()).hasSize(7);
        assertThat(a.revenueGiven()).isEqualTo(81_700_000);
        assertThat(a.totalAttributed()).isLessThanOrEqualTo(p.enterprise().revenue().doubleValue());
        assertThat(a.scaleFactor()).isEqualTo(1.0);
        assertThat(a.share("CN201410356287.1").orElseThrow().revenueAttributed()).isEqualTo(28_600_000 * 0.5);
        assertThat(a.notes()).isEmpty();

        List<Patent> withoutProducts = p.patents().stream().map(t -> t.toBuilder().product(null).build()).toList();
        io.pledgebench.valuation.RevenueAttribution b =
                io.pledgebench.valuation.RevenueAttribution.of(withoutProducts, p.enterprise());
        assertThat(b.method()).isEqualTo(io.pledgebench.valuation.RevenueAttribution.Method.PRO_RATA);
        assertThat(b.revenueGiven()).isEqualTo(205_800_000);
        assertThat(b.scaleFactor()).isEqualTo(86_500_000.0 / 205_800_000);
        assertThat(b.totalAttributed()).isCloseTo(86_500_000, org.assertj.core.api.Assertions.within(1e-6));
    }

    /**
     * SPEC rev. 2: with its economic life (8 years) blanked, the sample's most valuable patent ZL201410356287.1
     * (invention, IPC G01L, in use since 2016-10-01) keeps a positive value at the sample's date 2026-12-01: the
     * section G default is 4 remaining years from that date (legal life runs to 2034-05-12). Before, the default was a
     * total life of 8 years from first use, used up in 2024, and the patent was worth 0.
     */
    @Test
    void cnTechSmeFlagshipKeepsItsValueWithoutAnEconomicLife() {
        Portfolio p = PortfolioReader.read(SAMPLES.resolve("cn-tech-sme")).portfolio();
        List<Patent> blanked = p.patents().stream().map(t -> t.number().canonical().equals("CN201410356287.1")
                ? t.toBuilder().economicLifeYears(null).build() : t).toList();
        Patent flagship = blanked.get(0);
        assertThat(flagship.economicLifeYears()).isNull();
        io.pledgebench.valuation.PatentValuation v = new io.pledgebench.valuation.ValuationEngine(
                io.pledgebench.valuation.ValuationParameters.defaults(), List.of()).forPortfolio(blanked, p.enterprise())
                .value(flagship, p.enterprise(), LocalDate.of(2026, 12, 1));
        assertThat(v.valued()).isTrue();
        assertThat(v.incomePeriod().years()).isEqualTo(4.0);
        assertThat(v.value()).isPositive();
    }

    @Test
    void usAmazonHoldsBothSpellingsOfOneAssignee() {
        ImportResult r = PortfolioReader.read(SAMPLES.resolve("us-amazon"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.portfolio().patents()).hasSize(22);
        assertThat(r.portfolio().pledgor().name()).isEqualToIgnoringCase("Amazon Technologies, Inc.");
        assertThat(r.portfolio().pledgor().inferred()).isTrue();
        assertThat(r.portfolio().patents()).allSatisfy(p -> assertThat(p.shareOf("AMAZON TECHNOLOGIES INC")).isEqualTo(1.0));
        assertThat(Files.exists(SAMPLES.resolve("us-amazon/NOTICE"))).isTrue();
    }

    @Test
    void brokenFilesReportTheirProblems() {
        assertThat(PortfolioReader.read(SAMPLES.resolve("broken/bad-dates.csv")).problems())
                .extracting(ImportProblem::row).containsExactly(3, 4, 4, 5);
        assertThat(PortfolioReader.read(SAMPLES.resolve("broken/bad-check-digit.csv")).problems())
                .extracting(ImportProblem::column).containsExactly("专利号", "专利号", "专利类型");
        assertThat(PortfolioReader.read(SAMPLES.resolve("broken/missing-column.csv")).problems())
                .extracting(ImportProblem::column).containsExactly("status");
        assertThat(PortfolioReader.read(SAMPLES.resolve("broken/bad-rates-and-amounts.csv")).problems())
                .extracting(ImportProblem::row).containsExactly(2, 3, 3, 3, 4, 4);
    }
}
