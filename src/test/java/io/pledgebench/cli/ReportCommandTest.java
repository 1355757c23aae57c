package io.pledgebench.cli;

import io.pledgebench.report.charts.ReportFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {

    /** The day the report is printed is on its cover: one fixed clock makes the first print and the reprint the same. */
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"),
            java.time.ZoneOffset.UTC);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PledgeBenchCommand.execute(CLOCK, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void assessSavesPrintsAndTheSavedAssessmentReprintsTheSameReport(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
        String db = dir.resolve("pb").toString();
        Path first = dir.resolve("out/first.pdf");
        Path again = dir.resolve("again.pdf");
        assertThat(run("assess", "sample-portfolios/university-spinoff.xlsx", "--as-of", "2025-06-30", "--paths", "1000",
                "--json", dir.resolve("a.json").toString(), "--db", db, "--save", "--pdf", first.toString(), "--lang", "zh-CN"))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("saved as assessment 1");
        assertThat(run("report", "--db", db)).isZero();
        assertThat(out.toString()).contains("#1").contains("maker -, checker -");
        assertThat(run("report", "1", "--db", db, "--pdf", again.toString(), "--lang", "zh-CN")).as(err.toString()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));

        assertThat(run("signoff", "1", "--role", "maker", "--user", "alice", "--db", db)).isZero();
        assertThat(run("signoff", "1", "--role", "checker", "--user", "Alice", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("different person");
        // issue 15: invisible characters, look-alike full-width letters and line breaks do not make another person
        assertThat(run("signoff", "1", "--role", "checker", "--user", "alice\u200b", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("U+200B");
        assertThat(run("signoff", "1", "--role", "checker", "--user", "\u202Eecila", "--db", db)).isEqualTo(2);
        assertThat(run("signoff", "1", "--role", "checker", "--user", "ａｌｉｃｅ", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("type it as 'alice'");
        assertThat(run("signoff", "1", "--role", "checker", "--user", "mallory\n#2  forged  maker alice", "--db", db))
                .isEqualTo(2);
        assertThat(run("report", "--db", db)).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith("#")).count()).isEqualTo(1);
        assertThat(run("signoff", "1", "--role", "checker", "--user", "bob", "--comment", "同意", "--db", db)).isZero();
        assertThat(run("report", "1", "--db", db, "--pdf", again.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("exists already");
        assertThat(run("report", "1", "--db", db, "--pdf", again.toString(), "--force")).isZero();
        try (PDDocument d = Loader.loadPDF(again.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("Reviewed by (checker)").contains("bob").contains("同意");
        }
        assertThat(run("verify", "--db", db)).isZero();
        assertThat(out.toString()).contains("intact: 3 audit entries, 1 saved assessments, 2 sign-offs");
        String anchor;
        try (PDDocument d = Loader.loadPDF(again.toFile())) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("saving: ([0-9a-f]{64})")
                    .matcher(new PDFTextStripper().getText(d).replace("\n", ""));
            assertThat(m.find()).isTrue();
            anchor = m.group(1);
        }
        assertThat(run("verify", "--db", db, "--anchor", anchor)).isZero();
        assertThat(out.toString()).contains("1 anchors found");
        assertThat(run("verify", "--db", db, "--anchor", "0".repeat(63) + "1")).isEqualTo(2);
        assertThat(err.toString()).contains("is not in the audit chain");
    }

    @Test
    void saveWithoutADatabaseAndAMissingAssessmentAreBadInput(@TempDir Path dir) {
        assertThat(run("assess", "sample-portfolios/university-spinoff.xlsx", "--paths", "200", "--save",
                "--json", dir.resolve("a.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--save needs --db");
        assertThat(run("report", "7", "--db", dir.resolve("pb").toString(), "--pdf", dir.resolve("x.pdf").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("there is no database at");
        assertThat(dir.resolve("pb.mv.db")).doesNotExist();
    }
}
