package io.pledgebench.io;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SAX reader of large workbooks ({@link XlsxSheetStream}) gives exactly what POI's object model gives: the same
 * patents, problems (place, value, reason), notes and columns, for every workbook of the bad-input corpus and the
 * sample portfolios. So the size at which the importer switches to streaming changes memory, never results.
 */
class XlsxStreamingEquivalenceTest {

    @TempDir
    static Path large;

    static Stream<Path> workbooks() throws IOException {
        BadInputCorpus.writeLarge(large);
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(BadInputCorpus.FOLDER, large, Path.of("sample-portfolios"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".xlsx") && Files.isRegularFile(f)).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void streamingAndTheObjectModelReadTheSame(Path workbook) {
        ImportResult dom = XlsxPortfolioReader.read(workbook, false);
        ImportResult sax = XlsxPortfolioReader.read(workbook, true);

        if (dom.problems().stream().anyMatch(p -> p.reason().contains("cannot be read") || p.reason().contains("zip bomb"))) {
            // a container POI cannot open: both readers refuse it, maybe in different words from the unzipper
            assertThat(sax.problems()).isNotEmpty();
            return;
        }
        assertThat(sax.problems()).map(ImportProblem::describe).containsExactlyElementsOf(dom.problems().stream()
                .map(ImportProblem::describe).toList());
        assertThat(sax.notes()).isEqualTo(dom.notes());
        assertThat(sax.columns()).isEqualTo(dom.columns());
        assertThat(sax.rowsRead()).isEqualTo(dom.rowsRead());
        assertThat(sax.portfolio() == null).isEqualTo(dom.portfolio() == null);
        if (dom.portfolio() != null) {
            assertThat(sax.portfolio().patents()).isEqualTo(dom.portfolio().patents());
            assertThat(sax.portfolio().enterprise()).isEqualTo(dom.portfolio().enterprise());
            assertThat(sax.portfolio().loan()).isEqualTo(dom.portfolio().loan());
        }
    }
}
