package io.pledgebench.io;

import io.pledgebench.cli.PledgeBenchCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every case of the bad-input corpus ({@link BadInputCorpus}, {@code src/test/resources/bad-input/README.md}):
 * the reader reports it in place and in both languages, and {@code import} refuses it with exit 2 and leaves
 * every row of every table as it was.
 */
class BadInputCorpusTest {

    /** Only a guard against a reader that hangs; the slowest case (a 30 MB zip bomb) takes well under a second. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    static Path work;

    private static Path database;

    @BeforeAll
    static void writeLargeCasesAndSeedTheDatabase() {
        BadInputCorpus.writeLarge(work.resolve("large"));
        database = work.resolve("db/pledgebench");
        StringWriter err = new StringWriter();
        int code = PledgeBenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "import", "sample-portfolios/us-amazon", "--db", database.toString());
        assertThat(code).as(err.toString()).isZero();
    }

    static Stream<BadInputCorpus.Case> cases() {
        return BadInputCorpus.cases().stream();
    }

    private static Path file(BadInputCorpus.Case c) {
        return c.large() ? work.resolve("large").resolve(c.path()) : BadInputCorpus.FOLDER.resolve(c.path());
    }

    private static String name(BadInputCorpus.Case c) {
        return Path.of(c.path()).getFileName().toString();
    }

    @Test
    void corpusHoldsAtLeastSixtyFilesAcrossCsvXlsxAndXml() throws IOException {
        Map<String, Long> byType;
        try (Stream<Path> files = Files.walk(BadInputCorpus.FOLDER)) {
            byType = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("README.md"))
                    .collect(Collectors.groupingBy(n -> n.substring(n.lastIndexOf('.') + 1), Collectors.counting()));
        }
        assertThat(byType.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(60);
        assertThat(byType).containsKeys("csv", "xlsx", "xml", "json");
    }

    @Test
    void committedFilesAreExactlyWhatTheGeneratorWrites(@TempDir Path fresh) throws IOException {
        BadInputCorpus.writeSmall(fresh);

        Set<String> committed = relativeFiles(BadInputCorpus.FOLDER);
        committed.remove("README.md");
        assertThat(committed).isEqualTo(relativeFiles(fresh));
        for (String f : committed) {
            assertThat(Files.readAllBytes(BadInputCorpus.FOLDER.resolve(f))).as(f).isEqualTo(Files.readAllBytes(fresh.resolve(f)));
        }
    }

    @Test
    void readmeDocumentsEveryCase() throws IOException {
        assertThat(Files.readString(BadInputCorpus.FOLDER.resolve("README.md"))).isEqualTo(BadInputCorpus.readme());
    }

    private static Set<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** A cell that lost its value in the workbook refuses its row, so {@code --keep-good-rows} cannot store it without. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"xlsx/formula-without-value.xlsx", "xlsx/formula-error-value.xlsx",
            "xlsx/merged-owners-cells.xlsx"})
    void rowWithACellThatLostItsValueIsNotImported(String path) {
        ImportResult result = PortfolioReader.read(BadInputCorpus.FOLDER.resolve(path));

        assertThat(result.problems()).extracting(ImportProblem::row).contains(3);
        assertThat(result.portfolio().patents()).extracting(p -> p.number().canonical()).containsExactly("CN201410356287.1");
    }

    @Test
    void enterpriseWithAFieldThatLostItsValueIsNotImported() {
        ImportResult result = PortfolioReader.read(BadInputCorpus.FOLDER.resolve("xlsx/enterprise-formula-without-value.xlsx"));

        assertThat(result.problems()).isNotEmpty();
        assertThat(result.portfolio().enterprise()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readerReportsTheProblemWithItsPlaceInEnglishAndChinese(BadInputCorpus.Case c) {
        ImportResult result = assertTimeoutPreemptively(HANG_GUARD, () -> PortfolioReader.read(file(c)));

        List<ImportProblem> problems = result.problems();
        assertThat(problems).as("%s: %s", c.path(), c.what()).isNotEmpty();
        for (ImportProblem p : problems) {
            assertThat(p.file()).as(p.describe()).contains(name(c));
            assertThat(p.reason()).as(p.describe()).isNotBlank();
            assertThat(p.reasonZh()).as(p.describe()).isNotEqualTo(p.reason())
                    .matches(s -> s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                            "is Chinese");
        }
        assertThat(problems).as("%s: a problem saying '%s' at row %s, column %s, value %s; got:%n%s", c.path(), c.reason(),
                        c.row(), c.column(), c.value(), problems.stream().map(ImportProblem::describe).collect(Collectors.joining("\n")))
                .anySatisfy(p -> {
                    assertThat(p.reason()).contains(c.reason());
                    if (c.row() != null) {
                        assertThat(p.row()).isEqualTo(c.row());
                    }
                    if (c.column() != null) {
                        assertThat(p.column()).isEqualTo(c.column());
                    }
                    if (c.value() != null) {
                        assertThat(p.value()).isEqualTo(c.value());
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importRefusesWithExitTwoNamesThePlaceAndLeavesTheDatabaseUnchanged(BadInputCorpus.Case c) {
        String before = DatabaseDigest.of(database);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = assertTimeoutPreemptively(HANG_GUARD, () -> PledgeBenchCommand.execute(new PrintWriter(out),
                new PrintWriter(err), "import", file(c).toString(), "--db", database.toString()));

        assertThat(code).as("exit code; stdout %s; stderr %s", out, err).isEqualTo(2);
        String stderr = err.toString();
        assertThat(stderr).contains(name(c)).doesNotContain("Exception").doesNotContain("\u001b");
        if (c.row() != null) {
            assertThat(stderr).contains("row " + c.row());
        }
        if (c.column() != null) {
            assertThat(stderr).contains("column " + c.column());
        }
        assertThat(DatabaseDigest.of(database)).as("database content").isEqualTo(before);
    }
}
