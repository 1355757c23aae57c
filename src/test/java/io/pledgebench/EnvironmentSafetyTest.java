package io.pledgebench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 15, items 5, 6 and 8, through the real entry point in a child JVM (as {@code java -jar} runs it): the data
 * folder and everything in it are private to the user, no text read from a file can forge a log line, and a broken
 * environment (the log folder a file, the home folder unusable) does not stop a command.
 */
class EnvironmentSafetyTest {

    private static final String SAMPLE = "sample-portfolios/cn-tech-sme";
    private static final Pattern RECORD = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z (INFO|WARNING|SEVERE|FINE|CONFIG) ");

    record Run(int exit, String out, String err) {
    }

    private static Run main(Path home, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dpledgebench.home=" + home, "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("pb-out", ".txt");
        Path err = Files.createTempFile("pb-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void theDataFolderDatabaseLogsAndExportsArePrivateToTheUser(@TempDir Path dir) throws Exception {
        assumeTrue(posix(dir), "POSIX permissions");
        Path home = dir.resolve("home/.pledgebench");
        Path db = dir.resolve("data/pledgebench");
        Run imported = main(home, "import", SAMPLE, "--db", db.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path export = dir.resolve("exports/patents.csv");
        Run exported = main(home, "export", "1", "--db", db.toString(), "--out", export.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();

        assertThat(mode(home)).isEqualTo("rwx------");
        assertThat(mode(home.resolve("logs"))).isEqualTo("rwx------");
        try (Stream<Path> logs = Files.list(home.resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertThat(mode(log)).as(log.toString()).isEqualTo("rw-------");
            }
        }
        assertThat(mode(db.getParent())).isEqualTo("rwx------");
        assertThat(mode(Path.of(db + ".mv.db"))).isEqualTo("rw-------");
        assertThat(mode(export)).isEqualTo("rw-------");
    }

    @Test
    void anOlderDataFolderLeftOpenToOthersIsMadePrivate(@TempDir Path dir) throws Exception {
        assumeTrue(posix(dir), "POSIX permissions");
        Path home = Files.createDirectories(dir.resolve(".pledgebench"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run r = main(home, "import", SAMPLE, "--db", dir.resolve("db/pb").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(mode(home)).isEqualTo("rwx------");
    }

    @Test
    void aNewlineInAZipEntryNameCannotForgeALogLine(@TempDir Path dir) throws Exception {
        Path home = dir.resolve(".pledgebench");
        Path xlsx = dir.resolve("forged.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("x\n2026-11-25T09:10:00Z INFO cli: FORGED borrower=Evil amount=999\u2028y.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        Run r = main(home, "import", xlsx.toString(), "--db", dir.resolve("db/pb").toString());
        assertThat(r.exit()).isIn(1, 2);
        List<String> lines = new ArrayList<>();
        try (Stream<Path> logs = Files.list(home.resolve("logs"))) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                lines.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            if (!line.startsWith("\t")) {
                assertThat(line).as("a line at column 0 is a record").containsPattern(RECORD);
                assertThat(line).doesNotStartWith("2026-11-25T09:10:00Z INFO cli: FORGED");
            }
        }
    }

    @Test
    void aLogFolderThatIsAFileOrAnUnusableHomeDoesNotStopACommand(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db/pb");
        Path okHome = dir.resolve("ok");
        assertThat(main(okHome, "import", SAMPLE, "--db", db.toString()).exit()).isZero();

        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("logs"), "not a folder");
        Run r = main(home, "verify", "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("intact");
        assertThat(r.err()).startsWith("warning: no log files are written").doesNotContain("\tat ").doesNotContain("Exception in");
        // in the language the command asks for (review 13b: English under --lang zh-CN)
        Run zh = main(home, "verify", "--db", db.toString(), "--lang", "zh-CN");
        assertThat(zh.exit()).as(zh.err()).isZero();
        assertThat(zh.err()).startsWith("警告：不写日志文件").doesNotContain("warning");

        Path aFile = Files.writeString(dir.resolve("plain-file"), "x");
        Run under = main(aFile.resolve(".pledgebench"), "import", SAMPLE, "--db", db.toString());
        assertThat(under.exit()).as(under.err()).isZero();
        assertThat(under.err()).startsWith("warning: no log files are written").doesNotContain("\tat ");
        // a read-only command does not try to create the data folder at all: no warning either
        Run listed = main(aFile.resolve(".pledgebench"), "list", "--db", db.toString());
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.err()).isEmpty();

        assumeTrue(posix(dir) && !"root".equals(System.getProperty("user.name")), "a read-only folder binds only non-root users");
        Path readOnly = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        try {
            Run ro = main(readOnly.resolve(".pledgebench"), "import", SAMPLE, "--db", db.toString());
            assertThat(ro.exit()).as(ro.err()).isZero();
            assertThat(ro.err()).startsWith("warning: no log files are written");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
        }
    }

    // second probe of issue 15

    @Test
    void readOnlyCommandsCreateNeitherTheDataFolderNorItsLogs(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db/pb");
        assertThat(main(dir.resolve("first"), "import", SAMPLE, "--db", db.toString()).exit()).isZero();
        Path home = dir.resolve("never/.pledgebench");
        for (List<String> cmd : List.of(List.of("list"), List.of("verify"), List.of("report"), List.of("comparables", "list"),
                List.of("export", "1", "--out", dir.resolve("out.csv").toString()))) {
            List<String> args = new ArrayList<>(cmd);
            args.addAll(List.of("--db", db.toString()));
            Run r = main(home, args.toArray(String[]::new));
            assertThat(r.exit()).as(args + ": " + r.err()).isZero();
        }
        assertThat(dir.resolve("never")).doesNotExist();
        // an existing log folder is used
        Run verified = main(dir.resolve("first"), "verify", "--db", db.toString());
        assertThat(verified.exit()).isZero();
        try (Stream<Path> logs = Files.list(dir.resolve("first/logs"))) {
            assertThat(logs.filter(p -> p.toString().endsWith(".log")).toList()).isNotEmpty();
        }
    }

    @Test
    void everyFolderCreatedForADatabaseOrAnOutputIsPrivate(@TempDir Path dir) throws Exception {
        assumeTrue(posix(dir), "POSIX permissions");
        Path home = dir.resolve("home/.pledgebench");
        Path db = dir.resolve("new/nested/data/pb");
        Run imported = main(home, "import", SAMPLE, "--db", db.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path export = dir.resolve("out/a/b/patents.csv");
        Run exported = main(home, "export", "1", "--db", db.toString(), "--out", export.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        for (Path folder : List.of(dir.resolve("new"), dir.resolve("new/nested"), dir.resolve("new/nested/data"),
                dir.resolve("home"), home, dir.resolve("out"), dir.resolve("out/a"), dir.resolve("out/a/b"))) {
            assertThat(mode(folder)).as(folder.toString()).isEqualTo("rwx------");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                assertThat(f.getFileName().toString()).doesNotEndWith(".trace.db");
                assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
            }
        }
    }
}
