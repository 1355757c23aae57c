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
