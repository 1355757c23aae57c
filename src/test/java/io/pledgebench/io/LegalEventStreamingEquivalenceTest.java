package io.pledgebench.io;

import org.junit.jupiter.api.Test;
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
 * Legal-event XML above {@link LegalEventXmlReader#STREAM_ABOVE} is read with SAX, one family member or conveyance at
 * a time; for every legal-event file of the bad-input corpus, the shared data and the samples, it gives exactly what
 * the whole-document reader gives (events, problems, rows read), hostile files included.
 */
class LegalEventStreamingEquivalenceTest {

    static Stream<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(BadInputCorpus.FOLDER.resolve("xml"), Path.of("src/test/resources/shared-data/raw"),
                Path.of("sample-portfolios"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".xml") && Files.isRegularFile(f))
                        .filter(f -> {
                            try {
                                return !UsptoGrantXmlReader.recognises(Files.readString(f).substring(0,
                                        (int) Math.min(4096, Files.size(f))));
                            } catch (IOException | RuntimeException e) {
                                return true;
                            }
                        }).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void streamingAndTheWholeDocumentReadTheSame(Path file) throws IOException {
        String shown = PortfolioReader.shownName(file);
        ImportResult whole = LegalEventXmlReader.read(file, shown, new ProblemLog());
        ImportResult streamed = LegalEventXmlReader.readStreaming(file, shown, new ProblemLog());

        if (streamed.problems().size() == 1 && streamed.problems().get(0).reason().contains("neither EPO OPS")) {
            // an unknown root element stops the stream at once; the whole-document reader may first meet another fault
            assertThat(whole.problems()).isNotEmpty();
            assertThat(whole.events()).isEmpty();
            return;
        }
        assertThat(streamed.problems()).map(ImportProblem::describe)
                .containsExactlyElementsOf(whole.problems().stream().map(ImportProblem::describe).toList());
        assertThat(streamed.events()).isEqualTo(whole.events());
        assertThat(streamed.rowsRead()).isEqualTo(whole.rowsRead());
    }

    /** A legal-event response far above the streaming threshold is read one family member at a time. */
    @Test
    void aLargeEpoResponseIsStreamed(@TempDir Path dir) throws IOException {
        String xml = Files.readString(Path.of("src/test/resources/shared-data/raw/epo/example_1.xml"));
        int start = xml.indexOf("<ops:family-member");
        int end = xml.indexOf("</ops:family-member>") + "</ops:family-member>".length();
        String member = xml.substring(start, end);
        Path big = dir.resolve("big-legal-events.xml");
        try (var w = Files.newBufferedWriter(big)) {
            w.write(xml.substring(0, start));
            while (Files.size(big) <= LegalEventXmlReader.STREAM_ABOVE + member.length()) {
                w.write(member);
                w.flush();
            }
            w.write(xml.substring(end));
        }

        ImportResult result = PortfolioReader.read(big);

        assertThat(result.problems()).isEmpty();
        assertThat(result.events()).containsOnlyKeys("EP1000000");
        // the same member over and over: each of its 50 events is kept once, however often the file repeats it
        assertThat(result.events().get("EP1000000")).hasSize(50).doesNotHaveDuplicates();
        assertThat(result.rowsRead()).isGreaterThan(10_000);
    }
}
