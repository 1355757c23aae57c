package io.pledgebench.store;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, once per test run: {@code PB_TEST_PG_URL} (a login that may create
 * databases and roles; its password in the file {@code PB_TEST_PG_PASSWORD_FILE} or PGPASSFILE) when set, otherwise a
 * throwaway cluster made with initdb and started with pg_ctl on a free local port (run as the {@code postgres} OS user
 * when the tests run as root, since PostgreSQL refuses root), stopped and deleted when the JVM ends. Without a server
 * the PostgreSQL tests are skipped, unless {@code PB_REQUIRE_POSTGRES=1} (set by .ci/run), where they fail.
 * Each test gets a fresh database ({@link #newDatabase()}); logins are cluster-wide, so tests name theirs uniquely
 * ({@link #uniqueLogin}).
 */
public final class PostgresServer {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static volatile PostgresServer instance;
    private static volatile String unavailable;

    private final TeamDatabaseUrl admin;
    private final char[] password;

    private PostgresServer(TeamDatabaseUrl admin, char[] password) {
        this.admin = admin;
        this.password = password;
    }

    /** The server, or the test is skipped (failed under {@code PB_REQUIRE_POSTGRES=1}) when there is none. */
    public static PostgresServer get() {
        PostgresServer s = instance;
        if (s == null) {
            synchronized (PostgresServer.class) {
                if (instance == null && unavailable == null) {
                    try {
                        instance = start();
                    } catch (IOException | SQLException | RuntimeException e) {
                        unavailable = e.getClass().getSimpleName() + ": " + e.getMessage();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        unavailable = "interrupted";
                    }
                }
                s = instance;
            }
        }
        if (s == null) {
            String why = "no PostgreSQL server for the tests: " + unavailable;
            if ("1".equals(System.getenv("PB_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(why + " (PB_REQUIRE_POSTGRES=1: a missing server fails the run)");
            }
            Assumptions.abort(why);
        }
        return s;
    }

    /** Whether a server can be had (without skipping): for parameter lists that add PostgreSQL when it is there. */
    public static boolean available() {
        try {
            get();
            return true;
        } catch (org.opentest4j.TestAbortedException e) {
            return false;
        }
    }

    /** A fresh, empty database owned by the server's administrator login; its address names that login. */
    public TeamDatabaseUrl newDatabase() {
        String name = "pbtest_" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), props(admin.user(), password));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return new TeamDatabaseUrl(admin.host(), admin.port(), name, admin.user(), List.of());
    }

    /** A fresh database with PledgeBench's schema, opened as its owner. */
    public Database initialisedDatabase() {
        return Database.initTeam(newDatabase(), password);
    }

    /** The administrator's password (for the owner's connections). */
    public char[] adminPassword() {
        return password.clone();
    }

    /** A login name no other test of this run uses. */
    public static String uniqueLogin(String stem) {
        return stem + "_" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet();
    }

    private static Properties props(String user, char[] password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", new String(password));
        }
        return p;
    }

    private static PostgresServer start() throws IOException, SQLException, InterruptedException {
        String given = System.getenv("PB_TEST_PG_URL");
        if (given != null && !given.isBlank()) {
            TeamDatabaseUrl url = TeamDatabaseUrl.parse(given);
            String file = System.getenv("PB_TEST_PG_PASSWORD_FILE");
            char[] pw = file == null ? null : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).get(0).toCharArray();
            try (Connection c = DriverManager.getConnection(url.jdbcUrl(), props(url.user(), pw))) {
                c.isValid(5);
            }
            return new PostgresServer(url, pw);
        }
        Path bin = binaries().orElseThrow(() -> new IOException("no initdb/pg_ctl found (install Debian's postgresql"
                + " package, or set PB_TEST_PG_URL)"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("pb-pg-");
        Path data = dir.resolve("data");
        String pw = java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));
        Path pwFile = dir.resolve("pw");
        Files.writeString(pwFile, pw + "\n");
        if (root) {
            run(List.of("chown", "-R", "postgres", dir.toString()));
        }
        run(asServerUser(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "pbadmin",
                "--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + pwFile, "-E", "UTF8",
                "--locale=C.UTF-8")));
        Files.delete(pwFile);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        run(asServerUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-l", dir.resolve("log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=200"
                        + " -c fsync=off -c full_page_writes=off", "start")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(asServerUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                        "-w", "stop")));
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                System.err.println("the test PostgreSQL server in " + dir + " was not stopped: " + e.getMessage());
            }
        }));
        return new PostgresServer(new TeamDatabaseUrl("127.0.0.1", port, "postgres", "pbadmin", List.of()),
                pw.toCharArray());
    }

    private static List<String> asServerUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        all.addAll(command);
        return all;
    }

    private static Optional<Path> binaries() throws IOException {
        String env = System.getenv("PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Optional.of(Path.of(env));
        }
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (var versions = Files.list(lib)) {
                Optional<Path> newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> {
                            try {
                                return Integer.parseInt(v.getFileName().toString());
                            } catch (NumberFormatException e) {
                                return 0;
                            }
                        }));
                if (newest.isPresent()) {
                    return Optional.of(newest.get().resolve("bin"));
                }
            }
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, "initdb")) && Files.isExecutable(Path.of(p, "pg_ctl"))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(new java.io.File(System.getProperty("java.io.tmpdir")))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.get(command.indexOf("--") + 1) + " failed: "
                    + new String(out, StandardCharsets.UTF_8).strip());
        }
    }
}
