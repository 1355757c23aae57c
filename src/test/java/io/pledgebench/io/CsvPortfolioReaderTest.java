package io.pledgebench.io;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvPortfolioReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(CsvPortfolioReaderTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Patent patent(ImportResult r, String canonical) {
        return r.portfolio().patents().stream().filter(p -> p.number().canonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError("no patent " + canonical));
    }

    @Test
    void readsTheRealUsPatentsCsvWithItsUsptoColumnNames() {
        ImportResult r = PortfolioReader.read(resource("shared-data/us-patents.csv"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(155);
        assertThat(r.portfolio().patents()).hasSize(155);
        assertThat(r.portfolio().name()).isEqualTo("us-patents");
        Patent amazon = patent(r, "US11556879");
        assertThat(amazon.owners()).extracting(Owner::key).containsExactly("AMAZONTECHNOLOGIESINC");
        assertThat(amazon.status()).isEqualTo(LegalStatus.VALID);
        assertThat(amazon.type()).isEqualTo(PatentType.INVENTION);
        Patent design = patent(r, "USD645062");
        assertThat(design.type()).isEqualTo(PatentType.DESIGN);
        Patent reissue = patent(r, "USRE28436");
        assertThat(reissue.filingDate()).isEqualTo(LocalDate.of(1973, 7, 23));
        assertThat(reissue.grantDate()).isEqualTo(LocalDate.of(1975, 6, 3));
        assertThat(reissue.ipc()).isEqualTo("E21B12/02");
        assertThat(reissue.independentClaims()).isEqualTo(4);
        assertThat(reissue.totalClaims()).isEqualTo(9);
        assertThat(reissue.familySize()).as("empty in the source: stays unknown").isNull();
        assertThat(reissue.citedBy()).isNull();
        long amazonPatents = r.portfolio().patents().stream()
                .filter(p -> p.shareOf("Amazon Technologies, Inc.") > 0).count();
        assertThat(amazonPatents).as("both spellings of the assignee").isEqualTo(22);
    }

    @Test
    void severalAssigneesBecomeCoOwners() {
        ImportResult r = PortfolioReader.read(resource("shared-data/us-patents.csv"));
        assertThat(r.portfolio().patents()).anySatisfy(p -> assertThat(p.coOwned()).isTrue());
    }

    @Test
    void gbkFileWithChineseHeadersAndValues(@TempDir Path dir) throws IOException {
        String csv = "专利号,专利名称,专利类型,申请日,授权日,法律状态,专利权人,年费缴至日,产品收入（万元）,许可费率,质押同意\n"
                + "ZL201710601862.3,一种传感器,发明,2017年7月25日,2020/3/6,有效,深圳甲科技有限公司：60%；乙大学：40%,2026-07-25,\"1,250.5\",3.5%,否\n";
        Files.write(dir.resolve("patents.csv"), csv.getBytes(Charset.forName("GBK")));

        ImportResult r = PortfolioReader.read(dir);

        assertThat(r.problems()).isEmpty();
        Patent p = r.portfolio().patents().get(0);
        assertThat(p.number().canonical()).isEqualTo("CN201710601862.3");
        assertThat(p.title()).isEqualTo("一种传感器");
        assertThat(p.filingDate()).isEqualTo(LocalDate.of(2017, 7, 25));
        assertThat(p.grantDate()).isEqualTo(LocalDate.of(2020, 3, 6));
        assertThat(p.owners()).containsExactly(new Owner("深圳甲科技有限公司", 0.6), new Owner("乙大学", 0.4));
        assertThat(p.productRevenue()).isEqualByComparingTo(new BigDecimal("12505000"));
        assertThat(p.royaltyRate()).isEqualTo(0.035);
        assertThat(p.pledgeConsent()).isFalse();
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkReadTheSame(@TempDir Path dir) throws IOException {
        String csv = "patent_number,type,status,owners\nCN201710601862.3,invention,valid,示例公司\n";
        Path plain = dir.resolve("plain.csv");
        Path bom = dir.resolve("bom.csv");
        Files.writeString(plain, csv, StandardCharsets.UTF_8);
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);

        ImportResult a = PortfolioReader.read(plain);
        ImportResult b = PortfolioReader.read(bom);

        assertThat(a.problems()).isEmpty();
        assertThat(b.problems()).isEmpty();
        assertThat(b.portfolio().patents()).isEqualTo(a.portfolio().patents());
        assertThat(a.portfolio().patents().get(0).owners()).containsExactly(new Owner("示例公司", null));
    }

    @Test
    void everyBadValueIsAProblemNamingItsPlace(@TempDir Path dir) throws IOException {
        String csv = "patent_number,type,status,filing_date,royalty_rate\n"
                + "CN201710601862.3,invention,valid,2017-02-30,0.05\n"
                + "CN201710601862.4,invention,valid,2017-02-01,250\n"
                + "CN201710601862.3,invention,valid,2017-02-01,0.05\n";
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, csv);

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "filing_date", "2017-02-30"),
                        org.assertj.core.groups.Tuple.tuple(3, "patent_number", "CN201710601862.4"),
                        org.assertj.core.groups.Tuple.tuple(3, "royalty_rate", "250"));
        assertThat(r.problems().get(1).reason()).contains("check digit 4").contains("give 3");
        assertThat(r.problems().get(1).reasonZh()).contains("校验位");
        assertThat(r.problems().get(2).reason()).contains("ambiguous");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("bad.csv"));
        assertThat(r.portfolio().patents()).extracting(p -> p.number().canonical()).containsExactly("CN201710601862.3");
    }

    @Test
    void missingRequiredColumnIsOneProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nostatus.csv");
        Files.writeString(file, "专利号,专利类型\nZL201710601862.3,发明\nZL201710601862.3,发明\n");

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("status");
            assertThat(p.reason()).contains("status").contains("法律状态");
            assertThat(p.reasonZh()).contains("缺少必填列");
        });
    }

    @Test
    void duplicatePatentNumbersInDifferentSpellingsAreRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dup.csv");
        Files.writeString(file, "patent_number,type,status\nZL 2017 1 0601862.3,invention,valid\nCN201710601862.3,invention,lapsed\n");

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.reason()).contains("first given in row 2");
        });
    }

    @Test
    void folderWithEnterpriseAndLoan(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("patents.csv"), "patent_number,type,status\nCN201710601862.3,invention,valid\n");
        Files.writeString(dir.resolve("enterprise.csv"), "field,value\nname,示例科技有限公司\ncredit_code,914403001922038216\n"
                + "revenue,\"8,000万元\"\nebitda,-120万元\npd,2%\n");
        Files.writeString(dir.resolve("loan.csv"), "field,value\namount,500万元\nterm_months,36\ncurrency,CNY\n");

        ImportResult r = PortfolioReader.read(dir);

        assertThat(r.problems()).isEmpty();
        assertThat(r.portfolio().name()).isEqualTo("示例科技有限公司");
        assertThat(r.portfolio().enterprise().revenue()).isEqualByComparingTo("80000000");
        assertThat(r.portfolio().enterprise().ebitda()).isEqualByComparingTo("-1200000");
        assertThat(r.portfolio().enterprise().pd()).isEqualTo(0.02);
        assertThat(r.portfolio().loan().amount()).isEqualByComparingTo("5000000");
        assertThat(r.portfolio().loan().termMonths()).isEqualTo(36);
        assertThat(r.portfolio().currency()).isEqualTo("CNY");
    }

    @Test
    void unreadableFileIsOneProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "patent_number,type,status\n\"CN201710601862.3,invention,valid\n");

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).hasSize(1);
        // review 13b: named by row and column in both languages, not with the parser's "EOF reached before …"
        assertThat(r.problems().get(0).reason()).contains("a quotation mark is not closed").doesNotContain("EOF");
        assertThat(r.problems().get(0).reasonZh()).contains("引号未闭合");
        assertThat(r.problems().get(0).row()).isEqualTo(2);
        assertThat(r.problems().get(0).column()).isEqualTo("patent_number");
        assertThat(List.of(r.problems().get(0).file())).containsExactly("broken.csv");
    }

    /**
     * SPEC rev. 2 "Value attribution": the product column (Chinese 产品名称) and contribution weights (贡献权重, as a
     * number or a percentage) are read, a bad weight is refused naming it, and an export imports again unchanged.
     */
    @Test
    void readsProductAndContributionWeightAndExportsThemAgain(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path csv = dir.resolve("patents.csv");
        java.nio.file.Files.writeString(csv, "专利号,专利类型,法律状态,专利权人,产品收入（万元）,产品名称,贡献权重\n"
                + "ZL201410356287.1,发明,有效,深圳示例,\"2,860\",MEMS压力传感器,60%\n"
                + "ZL201710601862.3,发明,有效,深圳示例,\"2,860\",MEMS压力传感器,0.4\n"
                + "ZL201510782913.8,发明,有效,深圳示例,,,\n", java.nio.charset.StandardCharsets.UTF_8);
        ImportResult r = PortfolioReader.read(csv);
        assertThat(r.problems()).isEmpty();
        Patent a = patent(r, "CN201410356287.1");
        assertThat(a.product()).isEqualTo("MEMS压力传感器");
        assertThat(a.contributionWeight()).isEqualTo(0.6);
        assertThat(patent(r, "CN201710601862.3").contributionWeight()).isEqualTo(0.4);
        assertThat(patent(r, "CN201510782913.8").product()).isNull();

        Path out = dir.resolve("export.csv");
        TableExport.write(out, PatentTable.HEADER, PatentTable.rows(r.portfolio().patents()));
        ImportResult again = PortfolioReader.read(out);
        assertThat(again.problems()).isEmpty();
        assertThat(again.portfolio().patents()).extracting(Patent::product, Patent::contributionWeight)
                .containsExactlyElementsOf(r.portfolio().patents().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.product(), p.contributionWeight())).toList());

        Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "patent_number,type,status,owners,product,contribution_weight\n"
                + "ZL201410356287.1,invention,valid,A,Gateway,-2\n", java.nio.charset.StandardCharsets.UTF_8);
        ImportResult refused = PortfolioReader.read(bad);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo("-2");
            assertThat(p.reason()).contains("contribution weight");
        });
    }
}
