package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.report.charts.ReportFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 3: the report a Chinese credit committee reads has no code words — no method input names
 * ("riskFreeRate = 0.025"), scorecard variables (leverage), codes in sentences ("类型invention", "状态为lapsed",
 * "缺少product_revenue"), rule ids or parameter paths — and prints amounts in 万元, never "CNY". Words from the
 * portfolio's own data (patent titles, names, product names) are the user's and allowed; so are the usual
 * abbreviations of Chinese banking (PD, LGD, EAD, LTV, HHI, EBITDA, IPC), which have no lowercase letter.
 */
class ChineseReportWordsTest {

    /** The product's name, and the functions of the formulas printed beside the figures (exp(−λt), max(…)). */
    private static final Set<String> ALLOWED = Set.of("PledgeBench", "exp", "max", "min", "ln");
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[_\\-.][A-Za-z0-9]+)*");
    private static final Instant PRODUCED = Instant.parse("2025-07-01T08:30:00Z");

    @BeforeAll
    static void fontInstalled() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cn-tech-sme", "university-spinoff.xlsx", "us-amazon", "epo-ep1000000"})
    void theChineseReportOfEachSampleHasNoCodeWords(String sample) throws IOException {
        Assessment a = AssessmentReportTest.assess(sample);
        assertNoCodeWords(a, sample);
    }

    @Test
    void theChineseReportOfAPortfolioWithNoEligiblePatentHasNoCodeWords() throws IOException {
        Assessment a = noEligiblePatent();
        assertThat(a.results().patents()).allMatch(p -> !p.eligibility().pledgeable());
        assertNoCodeWords(a, "no eligible patent");
    }

    /** Issue 14 item 6: the annual fee falling due is one condition, not a warning on every patent. */
    @Test
    void theAnnualFeeDueIsOneConditionNotAWarningOnEachPatent() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        String zh = text(a, Locale.SIMPLIFIED_CHINESE);
        String en = text(a, Locale.ENGLISH);
        assertThat(count(zh, "贷款期内有年费到期")).isZero();
        assertThat(count(en, "fees fall due during the loan term")).isZero();
        assertThat(count(zh, "出质人须按时缴纳")).isEqualTo(1);
        assertThat(count(zh.replaceAll("\\s+", ""), "按时缴纳年费列为贷款的附加条件")).isEqualTo(1);
    }

    /**
     * Committee review: the cover gives the time in Beijing time and names the zone (北京时间, not "UTC"), the concentration row spells
     * out 赫芬达尔指数（HHI）, and the number of paths has the thousands separator as every other number.
     */
    @Test
    void noUtcNoBareHhiLabelAndPathsWithSeparator() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        String zh = text(a, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).doesNotContain("UTC").contains("北京时间").contains("赫芬达尔指数（HHI）");
        assertThat(zh.replaceAll("\\s+", "")).doesNotContainPattern("\\d{4,}条路径").contains("2,000条路径");
        assertThat(zh.lines().map(String::strip)).noneMatch(l -> l.matches("HHI\\s+[0-9.]+"));
    }

    /** Issue 14: cross-references name the chapter the layout gave the conditions, and no list is cut short. */
    @Test
    void crossReferencesComeFromTheLayoutAndListsAreWhole() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        String zh = text(a, Locale.SIMPLIFIED_CHINESE);
        int conditions = AssessmentReport.chapter("conditions");
        int memo = AssessmentReport.chapter("memo");
        // the recommendation (授信建议) is in the credit proposal, not in the conditions
        assertThat(zh).contains(conditions + "  附加条件").contains(memo + "  授信方案").contains("授信建议，第 " + memo + " 章")
                .doesNotContain("授信建议，第 " + conditions + " 章");
        String body = zh.substring(zh.indexOf("1  评估摘要", zh.indexOf("1  评估摘要") + 1));
        assertThat(body).doesNotContain("…");
        for (var p : a.results().patents()) {
            if (!p.eligibility().pledgeable()) {
                assertThat(zh.replaceAll("\\s+", "")).contains(p.patent().number().canonical());
            }
        }
    }

    static Assessment noEligiblePatent() {
        Portfolio pf = PortfolioReader.read(Path.of("sample-portfolios", "cn-tech-sme")).portfolio();
        List<Patent> lapsed = new ArrayList<>();
        for (Patent p : pf.patents()) {
            lapsed.add(p.toBuilder().status(LegalStatus.LAPSED).build());
        }
        Portfolio none = new Portfolio(pf.name(), pf.enterprise(), lapsed, pf.loan(), pf.currency(), pf.source());
        return AssessmentPipeline.run(new AssessmentInputs(none, pf.loan(), LocalDate.of(2025, 6, 30), 7, 500, null,
                List.of()), AssessmentParameters.defaults());
    }

    private static void assertNoCodeWords(Assessment a, String what) throws IOException {
        JsonNode doc = ReportSource.document(a);
        Set<String> data = dataWords(doc, a);
        String text = text(a, Locale.SIMPLIFIED_CHINESE);
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            // a formula's variable (r, t, b), the assessment id or hash, the user's own words
            if (w.length() == 1 || ALLOWED.contains(w) || w.matches("[0-9a-f]+") && doc.path("inputHash").asText().contains(w)
                    || PART.matcher(w).results().allMatch(x -> data.contains(x.group()))) {
                continue;
            }
            boolean lower = !w.equals(w.toUpperCase(Locale.ROOT));
            if (lower || w.contains("_") || w.equals("CNY") || w.equals("RMB")) {
                int at = m.start();
                found.add(w + " ‹" + text.substring(Math.max(0, at - 12), Math.min(text.length(), at + w.length() + 12))
                        .replaceAll("\\s+", " ") + "›");
            }
        }
        assertThat(found).as("code words in the Chinese report of %s", what).isEmpty();
    }

    /** Words of the user's own data: titles, names, products, purposes. */
    private static Set<String> dataWords(JsonNode doc, Assessment a) {
        Set<String> out = new HashSet<>();
        List<String> texts = new ArrayList<>();
        texts.add(doc.path("enterprise").path("name").asText());
        texts.add(doc.path("pledgor").path("name").asText());
        texts.add(doc.path("portfolio").asText());
        texts.add(doc.path("loan").path("purpose").asText());
        texts.add(doc.path("enterprise").path("industry").asText());
        for (JsonNode p : doc.path("patents")) {
            texts.add(p.path("title").asText());
            texts.add(p.path("patentNumber").asText());
            texts.add(p.path("owners").toString());
            texts.add(p.path("product").asText());
        }
        for (JsonNode p : doc.path("enterprise").path("revenueAttribution").path("products")) {
            texts.add(p.path("product").asText());
        }
        collectStrings(doc.path("patents"), "product", texts);
        for (Patent p : a.inputs().portfolio().patents()) {
            texts.add(p.title());
            texts.add(p.product());
            p.owners().forEach(o -> texts.add(o.name()));
        }
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            Matcher m = PART.matcher(t);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static void collectStrings(JsonNode n, String field, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getKey().equals(field) && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                }
                collectStrings(e.getValue(), field, out);
            });
        } else if (n.isArray()) {
            n.forEach(x -> collectStrings(x, field, out));
        }
    }

    static String text(Assessment a, Locale locale) throws IOException {
        byte[] pdf = AssessmentReportTest.render(ReportInput.unsaved(ReportSource.document(a), PRODUCED, ""), locale,
                LocalDate.of(2025, 7, 2));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replace("\r", "");
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
