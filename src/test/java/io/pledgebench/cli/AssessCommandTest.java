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
    void userStressRiskSharingAndExchangeRateReachTheResult() throws Exception {
        assertThat(run("assess", SAMPLES.resolve("university-spinoff.xlsx").toString(), "--loan", "1000000",
                "--term-months", "24", "--as-of", "2025-06-30", "--paths", "200",
                "--stress", "severe:value=0.5,pd=1.5,lapse=utility_model+design,top=1",
                "--risk-sharing", "fund=0.4,insurer=0.3", "--eur-rate", "7.8")).as(err.toString()).isEqualTo(0);
        JsonNode j = JsonOutput.mapper().readTree(out.toString());
        JsonNode last = j.get("stress").get(j.get("stress").size() - 1);
        assertThat(last.get("scenario").asText()).isEqualTo("user:severe");
        assertThat(last.get("name").asText()).isEqualTo("severe");
        assertThat(last.get("pd").asDouble()).isCloseTo(1.5 * j.get("risk").get("pd").asDouble(),
                org.assertj.core.api.Assertions.within(1e-12));
        JsonNode sharing = j.get("risk").get("riskSharing");
        // risk sharing applies to the lifetime principal loss (SPEC revision 2): 24 months, PD_life = 1 − (1 − PD)²
        JsonNode risk = j.get("risk");
        double lifetimeEl = (1 - Math.pow(1 - risk.get("pd").asDouble(), 2)) * risk.get("lgd").asDouble()
                * risk.get("ead").asDouble();
        assertThat(sharing.get("bankNetExpectedLoss").asDouble()).isCloseTo(0.3 * lifetimeEl,
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(j.get("risk").get("salesMeur").isNumber()).isTrue();
        assertThat(run("assess", SAMPLES.resolve("university-spinoff.xlsx").toString(), "--loan", "1000000",
                "--term-months", "24", "--stress", "bad:value=x")).isEqualTo(2);
        assertThat(err.toString()).contains("value must be a number");
        assertThat(run("assess", SAMPLES.resolve("university-spinoff.xlsx").toString(), "--loan", "1000000",
                "--term-months", "24", "--risk-sharing", "fund=0.8,insurer=0.5")).isEqualTo(2);
        assertThat(err.toString()).contains("more than 1");
    }

    @Test
    void comparablesStoredInTheDatabaseFeedTheMarketApproach(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path csv = tmp.resolve("comparables.csv");
        Files.writeString(csv, "reference,description,date,price,currency,patent_type,ipc,remaining_life,source\n"
                + "T1,sale,2024-01-05,1200000,CNY,invention,G02B 6/12,12,register\n"
                + "T2,sale,2024-03-05,900000,CNY,invention,G01N 21/00,10,register\n"
                + "T3,licence,2024-06-05,1500000,CNY,invention,G02F 1/00,14,register\n",
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(run("comparables", "import", csv.toString(), "--db", db.toString())).as(err.toString()).isEqualTo(0);
        String[] args = {"assess", SAMPLES.resolve("university-spinoff.xlsx").toString(), "--loan", "1000000",
                "--term-months", "24", "--as-of", "2025-06-30", "--paths", "200"};
        out.getBuffer().setLength(0);
        assertThat(run(args)).isEqualTo(0);
        JsonNode without = JsonOutput.mapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        List<String> withDb = new java.util.ArrayList<>(List.of(args));
        withDb.addAll(List.of("--db", db.toString()));
        assertThat(run(withDb.toArray(String[]::new))).as(err.toString()).isEqualTo(0);
        JsonNode with = JsonOutput.mapper().readTree(out.toString());
        assertThat(with.get("inputHash").asText()).isNotEqualTo(without.get("inputHash").asText());
        assertThat(with.get("parameters").get("run").get("comparables").asInt()).isEqualTo(3);
        boolean applied = false;
        for (JsonNode p : with.get("patents")) {
            for (JsonNode m : p.get("valuation").get("methods")) {
                applied |= m.get("method").asText().equals("market-comparables") && m.get("applied").asBoolean();
            }
        }
        assertThat(applied).isTrue();
    }

    @Test
    void badInputExitsTwoWithTheReason() {
        String portfolio = SAMPLES.resolve("university-spinoff.xlsx").toString();
        assertThat(run("assess", portfolio, "--loan", "1000000", "--term-months", "24", "--pd", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("PD").contains("1.5");
        assertThat(run("assess", portfolio, "--loan", "-5", "--term-months", "24", "--pd", "0.02")).isEqualTo(2);
        assertThat(err.toString()).contains("loan amount must be positive");
        assertThat(run("assess", portfolio, "--loan", "1000000", "--term-months", "24", "--pd", "0.02",
                "--start-date", "2020-01-01", "--as-of", "2025-06-30")).isEqualTo(2);
        assertThat(err.toString()).contains("matures on 2022-01-01").contains("nothing left to assess");
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
