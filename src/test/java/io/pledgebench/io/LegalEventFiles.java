package io.pledgebench.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Large legal-event files for tests, built from the real EPO response for EP1000000 (shared data), written as streams. */
final class LegalEventFiles {

    static final Path EXAMPLE = Path.of("src/test/resources/shared-data/raw/epo/example_1.xml");

    private LegalEventFiles() {
    }

    /**
     * An EPO OPS legal-status response as text: {@code head} after the XML declaration, family members as
     * {@link #writeEpo} writes them until the text holds at least {@code chars} characters, then {@code tail} before the
     * response is closed (or, when {@code cutAt} is positive, everything cut off after {@code cutAt} characters).
     */
    static String epo(String head, long chars, String tail) {
        String xml = read();
        int start = xml.indexOf("<ops:family-member");
        int end = xml.indexOf("</ops:family-member>") + "</ops:family-member>".length();
        String member = xml.substring(start, end);
        String[] around = member.split("<doc-number>1000000</doc-number>", 2);
        int declaration = xml.indexOf("?>") + 2;
        StringBuilder b = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, chars + 100_000));
        b.append(xml, 0, declaration).append(head).append(xml, declaration, start);
        for (long n = 0; n == 0 || b.length() < chars; n++) {
            b.append(around[0]).append("<doc-number>").append(1_000_000 + n).append("</doc-number>").append(around[1]);
        }
        return b.append(tail).append(xml.substring(end)).toString();
    }

    private static String read() {
        try {
            return Files.readString(EXAMPLE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes an EPO OPS legal-status response of at least {@code bytes} bytes: the first family member is EP1000000 as
     * recorded, each further one the same record renumbered EP1000001, EP1000002, …; returns the number of members.
     */
    static long writeEpo(Path file, long bytes) throws IOException {
        String xml = Files.readString(EXAMPLE);
        int start = xml.indexOf("<ops:family-member");
        int end = xml.indexOf("</ops:family-member>") + "</ops:family-member>".length();
        String member = xml.substring(start, end);
        String[] around = member.split("<doc-number>1000000</doc-number>", 2);
        long written = 0;
        long members = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(xml.substring(0, start));
            written += start;
            while (written < bytes) {
                String m = around[0] + "<doc-number>" + (1_000_000 + members) + "</doc-number>" + around[1];
                w.write(m);
                written += m.length();
                members++;
            }
            w.write(xml.substring(end));
        }
        return members;
    }
}
