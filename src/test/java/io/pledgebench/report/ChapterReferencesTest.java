package io.pledgebench.report;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.report.charts.ReportFont;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committee review: every "第 N 章" / "chapter N" in the printed text points at a chapter the report prints, never
 * at the chapter it stands in, and the credit-proposal reference ("授信建议，第 N 章" / "Recommendation, chapter N")
 * lands on the credit-proposal chapter.
 */
class ChapterReferencesTest {

    private static final Pattern ZH = Pattern.compile("第\\s*(\\d+)\\s*章");
    private static final Pattern EN = Pattern.compile("(?i)chapters?\\s+(\\d+)");
    private static final Pattern ZH_PROPOSAL = Pattern.compile("授信建议，\\s*第\\s*(\\d+)\\s*章");
    private static final Pattern EN_PROPOSAL = Pattern.compile("Recommendation,\\s*chapter\\s+(\\d+)");

    @BeforeAll
    static void fontInstalled() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cn-tech-sme", "university-spinoff.xlsx", "us-amazon", "epo-ep1000000"})
    void referencesPointAtAnotherPrintedChapterAndTheProposalAtTheProposal(String sample) throws IOException {
        Assessment a = AssessmentReportTest.assess(sample);
        check(ChineseReportWordsTest.text(a, Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE, ZH, ZH_PROPOSAL, sample);
        check(ChineseReportWordsTest.text(a, Locale.ENGLISH), Locale.ENGLISH, EN, EN_PROPOSAL, sample);
    }

    private static void check(String text, Locale locale, Pattern ref, Pattern proposal, String sample) {
        ResourceBundle b = ResourceBundle.getBundle("i18n.report", locale);
        List<String> lines = List.of(text.split("\n"));
        // the start (offset) of each chapter's body heading: the last line reading "N Title" (the contents come first)
        int[] start = new int[AssessmentReport.CHAPTERS.size() + 1];
        for (int n = 1; n <= AssessmentReport.CHAPTERS.size(); n++) {
            String heading = n + " " + b.getString("report." + AssessmentReport.CHAPTERS.get(n - 1));
            start[n] = -1;
            int offset = 0;
            for (String line : lines) {
                if (line.strip().replaceAll("\\s+", " ").equals(heading)) {
                    start[n] = offset;
                }
                offset += line.length() + 1;
            }
        }
        assertThat(start[1]).as(sample + " " + locale + ": chapter 1 heading in " + lines.stream()
                .filter(l -> l.contains(b.getString("report.summary"))).map(l -> "[" + l + "]").toList()).isPositive();
        List<String> problems = new ArrayList<>();
        Matcher m = ref.matcher(text);
        while (m.find()) {
            int target = Integer.parseInt(m.group(1));
            int here = 0;
            for (int n = 1; n < start.length; n++) {
                if (start[n] >= 0 && start[n] <= m.start() && (here == 0 || start[n] >= start[here])) {
                    here = n;
                }
            }
            String context = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 10)).replace('\n', ' ');
            if (target < 1 || target >= start.length || start[target] < 0) {
                problems.add("to a chapter not printed: " + context);
            } else if (target == here) {
                problems.add("chapter " + here + " refers to itself: " + context);
            }
        }
        Matcher p = proposal.matcher(text);
        while (p.find()) {
            if (Integer.parseInt(p.group(1)) != AssessmentReport.chapter("memo")) {
                problems.add("credit proposal reference to chapter " + p.group(1) + " not " + AssessmentReport.chapter("memo"));
            }
        }
        assertThat(problems).as(sample + " " + locale).isEmpty();
    }
}
