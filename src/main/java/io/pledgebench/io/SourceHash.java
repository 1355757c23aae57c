package io.pledgebench.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** SHA-256 of an import source: a file's bytes, or a folder's regular files in name order (name + bytes). */
public final class SourceHash {

    private SourceHash() {
    }

    public static String of(Path source) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(source)) {
                List<Path> files;
                try (Stream<Path> s = Files.list(source)) {
                    files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
                }
                for (Path f : files) {
                    md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    digest(md, f);
                }
            } else {
                digest(md, source);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void digest(MessageDigest md, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
