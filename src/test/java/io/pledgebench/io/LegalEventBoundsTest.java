package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, bounded memory for legal-event XML: what the streaming reader keeps (events of stored patents, each once,
 * up to a bound), how large one record may be, and where a broken file breaks (line and column); each refusal in
 * English and Chinese.
 */
class LegalEventBoundsTest {

    @TempDir
    Path dir;

    private static final Path EXAMPLE = LegalEventFiles.EXAMPLE;

    @Test
    void eventsOfPatentsNotStoredAreCountedInANoticeNotKept() throws IOException {
        ImportResult r = LegalEventXmlReader.read(EXAMPLE, "example_1.xml", new ProblemLog(), n -> false);

        assertThat(r.problems()).isEmpty();
        assertThat(r.events()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(50);
        assertThat(r.notes()).singleElement().satisfies(n -> {
            assertThat(n.describe()).contains("50 legal event(s) name patents that are in no stored portfolio and were not merged: EP1000000");
            assertThat(n.describeZh()).contains("50 条法律事件所涉专利不在任何已存储的组合中，未合并：EP1000000");
        });
    }

    @Test
    void aStreamedFileKeepsOnlyTheStoredPatentsEventsEachOnce() throws IOException {
        Path big = dir.resolve("members.xml");
        long members = LegalEventFiles.writeEpo(big, 4L * 1024 * 1024);

        ImportResult r = LegalEventXmlReader.readStreaming(big, "members.xml", new ProblemLog(), Set.of("EP1000000", "EP1000003")::contains);

        assertThat(r.problems()).isEmpty();
        assertThat(r.events()).containsOnlyKeys("EP1000000", "EP1000003");
        assertThat(r.events().get("EP1000000")).hasSize(50);
        assertThat(r.rowsRead()).isEqualTo(members * 50);
        assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n.describe())
                .contains(String.format(java.util.Locale.ROOT, "%,d legal event(s)", (members - 2) * 50))
                .contains("EP1000001, EP1000002, EP1000004").endsWith(", …"));
    }

    @Test
    void theEventsKeptAreBounded() {
        LegalEventXmlReader.Kept kept = new LegalEventXmlReader.Kept(LegalEventXmlReader.ALL, "events.xml", 2);
        LegalEvent a = new LegalEvent(LocalDate.of(2010, 1, 1), LegalEvent.Kind.LAPSE, "PG25", "DE", "lapsed", "EPO");
        LegalEvent b = new LegalEvent(LocalDate.of(2010, 1, 2), LegalEvent.Kind.LAPSE, "PG25", "FR", "lapsed", "EPO");
        LegalEvent c = new LegalEvent(LocalDate.of(2010, 1, 3), LegalEvent.Kind.LAPSE, "PG25", "GB", "lapsed", "EPO");

        assertThat(kept.add("EP1000000", a)).isTrue();
        assertThat(kept.add("EP1000000", a)).as("the same event again is kept once and does not count").isTrue();
        assertThat(kept.add("EP1000001", b)).isTrue();
        assertThat(kept.add("EP1000001", c)).isFalse();
        Text why = kept.tooMany();
        assertThat(why.english()).isEqualTo("events.xml holds more than 2 legal events for stored patents, the most one import"
                + " keeps: split the file into several files and import them one after the other");
        assertThat(why.chinese()).contains("拆分");
    }

    @Test
    void aRecordLargerThanTheBoundIsRefusedWithItsLines() throws IOException {
        Path file = dir.resolve("huge-member.xml");
        String xml = LegalEventFiles.epo("", 0, "");
        int at = xml.indexOf("</ops:family-member>");
        String event = "<ops:legal code=\"XX\" desc=\"padding\"><ops:L510EP>\n" + "x".repeat(1 << 20) + "\n</ops:L510EP></ops:legal>";
        Files.writeString(file, xml.substring(0, at) + event.repeat(9) + xml.substring(at));

        ImportResult r = LegalEventXmlReader.readStreaming(file, "huge-member.xml", new ProblemLog());

        assertThat(r.events()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).matches("huge-member\\.xml: record 1 \\(from line \\d+ to at least line \\d+\\) holds more than"
                    + " 8 MB of text, .*");
            assertThat(p.reasonZh()).contains("第 1 条记录").contains("8 MB");
        });
    }

    @Test
    void aTagLongerThanTheBoundIsRefusedBeforeTheParserHoldsIt() throws IOException {
        Path file = dir.resolve("long-tag.xml");
        String xml = LegalEventFiles.epo("", 0, "");
        Files.writeString(file, xml.replaceFirst("<ops:world-patent-data ", "<ops:world-patent-data\njunk=\""
                + "y".repeat((int) LegalEventXmlReader.MAX_RECORD_CHARS) + "\" "));

        ImportResult r = LegalEventXmlReader.readStreaming(file, "long-tag.xml", new ProblemLog());

        assertThat(r.events()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).startsWith("long-tag.xml, line 3: one tag or text runs on for more than 8 MB without markup");
            assertThat(p.reasonZh()).startsWith("long-tag.xml，第 3 行：");
        });
    }

    @Test
    void aCutOffStreamedFileNamesLineAndColumn() throws IOException {
        Path file = dir.resolve("cut.xml");
        String xml = LegalEventFiles.epo("", LegalEventXmlReader.STREAM_ABOVE + 1024 * 1024, "");
        String cut = xml.substring(0, xml.length() - 5_000);
        Files.writeString(file, cut);
        long lines = cut.lines().count();

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.events()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).startsWith("cut.xml, line " + lines + ", column ").contains("not well-formed XML");
            assertThat(p.reasonZh()).startsWith("cut.xml，第 " + lines + " 行第 ");
        });
    }

    @Test
    void aDoctypeNamesItsLineWhetherReadWholeOrStreamed() throws IOException {
        Path file = dir.resolve("dtd.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n");

        for (ImportResult r : new ImportResult[] {LegalEventXmlReader.read(file, "dtd.xml", new ProblemLog()),
                LegalEventXmlReader.readStreaming(file, "dtd.xml", new ProblemLog())}) {
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.reason()).startsWith("dtd.xml, line 3, column ").contains("declares a DTD");
                assertThat(p.reasonZh()).startsWith("dtd.xml，第 3 行");
            });
        }
    }
}
