package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AssessCommandTest {

    static final Path SAMPLES = Path.of("sample-portfolios");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> Files.isDirectory(p) ? !p.getFileName().toString().equals("broken")
                    : p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    @Test
    void everySamplePortfolioIsAssessedReproduciblyOrRefusedWithAReason() throws Exception {
        List<Path> samples = samples();
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            String[] args = {"assess", sample.toString(), "--loan", "1,000,000", "--term-months", "24", "--pd", "0.02",
                    "--as-of", "2025-06-30", "--seed", "9", "--paths", "300"};
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int code = run(args);
            if (code == 2) {
                // a portfolio whose every patent expires before maturity cannot be assessed for this loan
                assertThat(err.toString()).as(sample.toString()).contains("legal expiry of every patent");
                continue;
            }
            assertThat(code).as(sample + ": " + err).isEqualTo(0);
            String first = out.toString();
            JsonNode json = JsonOutput.mapper().readTree(first);
            assertThat(json.fieldNames()).toIterable().containsExactly("inputHash", "enterprise", "loan", "patents",
                    "collateral", "risk", "stress", "recommendation", "parameters");
            assertThat(json.get("patents").size()).as(sample.toString()).isPositive();
            assertThat(json.get("recommendation").get("grade").asText()).matches("[A-E]");
            out.getBuffer().setLength(0);
            assertThat(run(args)).isEqualTo(0);
            assertThat(out.toString()).as("same inputs and seed, same JSON: " + sample).isEqualTo(first);
        }
    }

    @Test
    void theLoanSheetAndTheScorecardStandInForMissingOptions(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("out/cn.json");
        assertThat(run("assess", SAMPLES.resolve("cn-tech-sme").toString(), "--as-of", "2025-06-30", "--paths", "300",
                "--json", json.toString(), "--lang", "zh-CN")).as(err.toString()).isEqualTo(0);
        JsonNode j = JsonOutput.mapper().readTree(json.toFile());
        assertThat(j.get("loan").get("termMonths").asInt()).isEqualTo(36);
        assertThat(j.get("risk").get("pdSource").asText()).isEqualTo("scorecard");
        assertThat(j.get("recommendation").get("reasons").get(0).asText()).containsPattern("\\p{IsHan}");
        assertThat(out.toString()).contains(j.get("inputHash").asText());
    }

    @Test
    void badInputExitsTwoWithTheReason() {
        String portfolio = SAMPLES.resolve("university-spinoff.xlsx").toString();
        assertThat(run("assess", portfolio, "--loan", "1000000", "--term-months", "24", "--pd", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("PD").contains("1.5");
        assertThat(run("assess", portfolio, "--loan", "-5", "--term-months", "24", "--pd", "0.02")).isEqualTo(2);
        assertThat(err.toString()).contains("loan amount must be positive");
        assertThat(run("assess", portfolio, "--loan", "1000000", "--term-months", "360", "--pd", "0.02",
                "--as-of", "2025-06-30")).isEqualTo(2);
        assertThat(err.toString()).contains("legal expiry of every patent");
        assertThat(run("assess", SAMPLES.resolve("us-amazon").toString(), "--loan", "1000000", "--term-months", "24",
                "--as-of", "2025-06-30")).isEqualTo(2);
        assertThat(err.toString()).contains("--pd");
        assertThat(run("assess", SAMPLES.resolve("broken/bad-dates.csv").toString(), "--loan", "1000000",
                "--term-months", "24", "--pd", "0.02")).isEqualTo(2);
        assertThat(err.toString()).contains("bad-dates.csv");
        assertThat(run("assess", portfolio, "--loan", "1000000", "--term-months", "24", "--pd", "0.02", "--lang", "fr"))
                .isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }
}
