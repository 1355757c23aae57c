package io.pledgebench.store;

import io.pledgebench.io.OutputFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The audit chain's length and head hash, kept in a file beside the database ({@code pledgebench.witness}) and
 * rewritten (atomically) after every change to the chain. Deleting the newest audit entries, or rewriting the whole
 * chain, leaves the database consistent in itself; the witness no longer matches it, which {@link IntegrityCheck}
 * reports. Someone who can write the folder can rewrite the witness too: the head and length are therefore also
 * printed by {@code verify} and on reports, to be noted outside (see docs/security.md).
 */
public record Witness(long length, String head) {

    private static final String MAGIC = "pledgebench-witness 1";

    /** The witness beside the database, if there is one that can be read. */
    static Optional<Witness> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long length = -1;
            String head = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("length=")) {
                    length = Long.parseLong(line.substring("length=".length()).trim());
                } else if (line.startsWith("head=")) {
                    head = line.substring("head=".length()).trim();
                }
            }
            return length < 0 || head == null ? Optional.of(new Witness(-1, "")) : Optional.of(new Witness(length, head));
        } catch (IOException | NumberFormatException e) {
            return Optional.of(new Witness(-1, ""));
        }
    }

    /** Whether the file could be read (a witness with length -1 is unreadable, which is reported as such). */
    public boolean readable() {
        return length >= 0;
    }

    void write(Path file) {
        String text = MAGIC + "\nlength=" + length + "\nhead=" + head + "\n";
        OutputFile.of(file).overwrite(true).write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
