package io.pledgebench.io;

import io.pledgebench.domain.RefusedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 15, item 2: an output never destroys a file, whatever happens while it is written. */
class OutputFileTest {

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aFullDiskSaysSoAndLeavesTheOldFileWhole(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("report.pdf");
        Files.writeString(pdf, "old report");
        OutputFile.OutputFailedException e = org.junit.jupiter.api.Assertions.assertThrows(
                OutputFile.OutputFailedException.class, () -> OutputFile.of(pdf).overwrite(true).write(out -> {
                    out.write("half a new rep".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }));
        assertThat(e.diskFull()).isTrue();
        assertThat(e.getMessage()).startsWith("disk full: ").contains(pdf.toString()).doesNotContain("\n");
        assertThat(e.text().chinese()).startsWith("磁盘已满");
        assertThat(pdf).hasContent("old report");
        assertThat(files(dir)).containsExactly(pdf);
    }

    @Test
    void aFailureInsideALibraryIsRecognisedAsAFullDiskToo(@TempDir Path dir) {
        Path out = dir.resolve("x.json");
        assertThatThrownBy(() -> OutputFile.of(out).write(o -> {
            throw new java.io.UncheckedIOException(new IOException("write failed", new IOException("No space left on device")));
        })).isInstanceOf(OutputFile.OutputFailedException.class).hasMessageStartingWith("disk full");
        assertThat(out).doesNotExist();
    }

    @Test
    void theNewContentReplacesTheOldOnlyWhenCompleteAndIsPrivate(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("sub/out.csv");
        OutputFile.of(f).write(out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(f).hasContent("a,b");
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    }

    @Test
    void existingFilesFoldersAndProtectedPathsAreRefused(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.json"), "x");
        assertThatThrownBy(() -> OutputFile.of(f).check()).isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("--force");
        assertThatThrownBy(() -> OutputFile.of(dir).overwrite(true).check()).hasMessageContaining("is a folder");
        Path guarded = Files.createDirectories(dir.resolve("backups"));
        assertThatThrownBy(() -> OutputFile.of(guarded.resolve("new.pdf")).protect(List.of(guarded)).check())
                .hasMessageContaining("will not write");
        assertThatThrownBy(() -> OutputFile.of(dir.resolve("backups/../a.json")).overwrite(true).protect(List.of(f)).check())
                .hasMessageContaining("will not write");
    }
}
