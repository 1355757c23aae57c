package io.pledgebench.store;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortfolioRepositoryTest {

    /** The database a test runs on: H2 in memory here; PostgreSQL in the Postgres subclass. */
    Database memory(String name) {
        return Database.inMemory(name);
    }

    private static final List<String> TABLES = List.of("portfolio", "patent", "legal_event", "import_log");

    static Patent patent(String number, PatentType type) {
        return Patent.builder(PatentNumber.parse(number), type, LegalStatus.VALID)
                .title("Sensor " + number)
                .filingDate(LocalDate.of(2018, 3, 1))
                .grantDate(LocalDate.of(2020, 6, 2))
                .owners(List.of(new Owner("深圳示例科技有限公司", 0.6), new Owner("Example University", null)))
                .annualFeePaidUntil(LocalDate.of(2026, 3, 1))
                .ipc("G01N 21/00")
                .independentClaims(2).totalClaims(10).citedBy(4)
                .productRevenue(new BigDecimal("12500000.50"))
                .royaltyRate(0.035)
                .productRecorded(true)
                .pledgeConsent(false)
                .product("压力变送器 PT-100")
                .contributionWeight(0.6)
                .events(List.of(new LegalEvent(LocalDate.of(2021, 1, 5), LegalEvent.Kind.FEE_PAID, "PGFP", "CN",
                        "annual fee year 4", "test")))
                .build();
    }

    static Portfolio portfolio(List<Patent> patents) {
        Enterprise e = new Enterprise("深圳示例科技有限公司", new UnifiedSocialCreditCode("914403001922038216"), "sensors",
                8.0, new BigDecimal("80000000"), new BigDecimal("9000000"), null, null, null, null,
                new BigDecimal("2000000"), 0, null);
        LoanRequest loan = new LoanRequest(new BigDecimal("5000000"), "CNY", 36, null, "working capital");
        return new Portfolio("Example", e, patents, loan, "CNY", "test.csv");
    }

    @Test
    void storesAndLoadsEveryField() {
        try (Database db = memory("roundtrip")) {
            PortfolioRepository repo = new PortfolioRepository(db);
            Portfolio p = portfolio(List.of(patent("ZL201710601862.3", PatentType.INVENTION)));
            long id = repo.insert(p, new PortfolioRepository.ImportRecord("test.csv", "abc", "tester", 1, 0));
            StoredPortfolio back = repo.load(id).orElseThrow();
            assertThat(back.portfolio()).isEqualTo(p);
            assertThat(repo.list()).singleElement().satisfies(s -> assertThat(s.patentCount()).isEqualTo(1));
            assertThat(repo.findBySourceHash("abc")).contains(id);
        }
    }

    @Test
    void failedInsertLeavesDatabaseUnchanged() {
        try (Database db = memory("rollback")) {
            PortfolioRepository repo = new PortfolioRepository(db);
            repo.insert(portfolio(List.of(patent("ZL201710601862.3", PatentType.INVENTION))),
                    new PortfolioRepository.ImportRecord("a.csv", "a", "t", 1, 0));
            Map<String, Integer> before = repo.rowCounts(TABLES);
            // the same patent twice violates the unique number per portfolio, after the first rows were written
            Patent dup = patent("ZL201710601862.3", PatentType.INVENTION);
            assertThatThrownBy(() -> repo.insert(portfolio(List.of(dup, dup)),
                    new PortfolioRepository.ImportRecord("b.csv", "b", "t", 2, 0)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("rolled back");
            assertThat(repo.rowCounts(TABLES)).isEqualTo(before);
        }
    }

    @Test
    void sameNameGetsASuffixInsteadOfReplacingAnything() {
        try (Database db = memory("names")) {
            PortfolioRepository repo = new PortfolioRepository(db);
            Portfolio p = portfolio(List.of(patent("ZL201710601862.3", PatentType.INVENTION)));
            repo.insert(p, new PortfolioRepository.ImportRecord("a", "h1", "t", 1, 0));
            repo.insert(p, new PortfolioRepository.ImportRecord("a", "h2", "t", 1, 0));
            assertThat(repo.list()).extracting(PortfolioSummary::name).containsExactlyInAnyOrder("Example", "Example (2)");
        }
    }

    @Test
    void mergesEventsOntoStoredPatentsInOneTransaction() {
        try (Database db = memory("merge")) {
            PortfolioRepository repo = new PortfolioRepository(db);
            long id = repo.insert(portfolio(List.of(patent("ZL201710601862.3", PatentType.INVENTION))),
                    new PortfolioRepository.ImportRecord("a", "h", "t", 1, 0));
            LegalEvent lapse = new LegalEvent(LocalDate.of(2024, 2, 1), LegalEvent.Kind.LAPSE, "PG25", "CN", "lapsed", "x");
            Map<String, List<Long>> found = repo.mergeEvents(Map.of("CN201710601862.3", List.of(lapse), "US1", List.of(lapse)),
                    (p, ev) -> p.toBuilder().status(LegalStatus.LAPSED).addEvent(ev.get(0)).build(),
                    new PortfolioRepository.ImportRecord("ev.xml", "e", "t", 1, 0));
            assertThat(found).containsOnlyKeys("CN201710601862.3");
            Patent merged = repo.load(id).orElseThrow().portfolio().patents().get(0);
            assertThat(merged.status()).isEqualTo(LegalStatus.LAPSED);
            assertThat(merged.events()).hasSize(2);
        }
    }

    @Test
    void backsUpTheFileBeforeMigratingAnOlderSchema(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("old");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "pledgebench", "")) {
            new Migrations(Migrations.SCRIPTS.subList(0, 1)).migrate(c);
        }
        try (Database db = Database.open(base)) {
            assertThat(new Migrations().currentVersion(db.connect())).contains(new Migrations().latestVersion());
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            // the backup and the record of its verification (its SHA-256)
            assertThat(backups.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".sha256"))).singleElement()
                    .satisfies(n -> assertThat(n).startsWith("old-v1-").endsWith(".mv.db"));
        }
        // issue 15, items 5 and 9: the backup is the file as it was, complete (written atomically, verified), private
        Path backup = Database.newestBackup(DatabaseLocation.of(base)).orElseThrow();
        Path copy = Files.copy(backup, dir.resolve("restored.mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("restored")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE", "pledgebench", "")) {
            assertThat(new Migrations().currentVersion(c)).contains(1);
        }
        assertThat(copy).exists();
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                    .isEqualTo("rw-------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(backup.getParent()))).isEqualTo("rwx------");
        }
    }

    @Test
    void secondProcessGetsAClearMessageWhileTheDatabaseIsOpen(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("locked");
        try (Database db = Database.open(base)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "io.pledgebench.Main", "list", "--db", base.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            // the user, not PledgeBench, puts it right: exit 2 (review 13b: it was 1, and English under --lang zh-CN)
            assertThat(p.waitFor()).isEqualTo(2);
            assertThat(output).contains("is open in another PledgeBench window or command").doesNotContain("\tat ");
            Process zh = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"), "io.pledgebench.Main", "list", "--db", base.toString(),
                    "--lang", "zh-CN").redirectErrorStream(true).start();
            String chinese = new String(zh.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(zh.waitFor()).isEqualTo(2);
            assertThat(chinese).contains("已在另一个 PledgeBench 窗口或命令中打开").doesNotContain("is open in another")
                    .doesNotContain("\tat ");
        }
    }
}
