package io.pledgebench.store;

import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;
import io.pledgebench.domain.PatentType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The team-mode workload (issue 18): clients that each import a portfolio, save an assessment of it and sign it as
 * maker, over and over, while reviewer clients sign as checker what others made; for a fixed time. What every
 * client saw succeed is kept, so the caller can compare it with what the database holds.
 */
final class TeamLoad {

    /** What the clients did. */
    record Outcome(long portfolios, long assessments, long makerSignOffs, long checkerSignOffs, long failures,
                   List<Throwable> errors, Duration elapsed) {
        double operationsPerSecond() {
            return (portfolios + assessments + makerSignOffs + checkerSignOffs) / (elapsed.toMillis() / 1000.0);
        }
    }

    /** How long the load runs: {@code -Dpb.load.seconds}, else PB_LOAD_SECONDS, else {@code fallback}. */
    static Duration duration(int fallback) {
        String p = System.getProperty("pb.load.seconds", System.getenv("PB_LOAD_SECONDS"));
        return Duration.ofSeconds(p == null || p.isBlank() ? fallback : Integer.parseInt(p.strip()));
    }

    /**
     * Runs {@code clients} clients for {@code time}: client {@code i} works on {@code database.apply(i)} (its own
     * connection as its own login on PostgreSQL), as a reviewer when {@code reviewer.apply(i)}.
     */
    static Outcome run(int clients, Duration time, IntFunction<Database> database, IntFunction<Boolean> reviewer,
                       int threads) throws InterruptedException {
        AtomicLong portfolios = new AtomicLong();
        AtomicLong assessments = new AtomicLong();
        AtomicLong makers = new AtomicLong();
        AtomicLong checkers = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ConcurrentLinkedQueue<Long> toCheck = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + time.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            work.add(pool.submit(() -> {
                Database db = database.apply(client);
                boolean checks = reviewer.apply(client);
                for (int n = 0; System.nanoTime() < end; n++) {
                    try {
                        if (checks) {
                            Long id = toCheck.poll();
                            if (id == null) {
                                Thread.sleep(20);
                                continue;
                            }
                            new AssessmentRepository(db).signOff(id, SignOffRole.CHECKER, "reviewer-" + client, "ok");
                            checkers.incrementAndGet();
                        } else {
                            long pid = new PortfolioRepository(db).insert(PortfolioRepositoryTest.portfolio(List.of(
                                    PortfolioRepositoryTest.patent("ZL201710601862.3", PatentType.INVENTION))),
                                    new PortfolioRepository.ImportRecord("load.csv", "c" + client + "-" + n,
                                            "officer-" + client, 1, 0));
                            portfolios.incrementAndGet();
                            long aid = new AssessmentRepository(db).save(new NewAssessment(pid, "load " + client + "/" + n,
                                    "officer-" + client, java.time.LocalDate.of(2026, 9, 30), "ab".repeat(32), "0.1.0",
                                    "{\"client\":" + client + "}", "{\"n\":" + n + "}"));
                            assessments.incrementAndGet();
                            new AssessmentRepository(db).signOff(aid, SignOffRole.MAKER, "officer-" + client, "");
                            makers.incrementAndGet();
                            toCheck.add(aid);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        errors.add(e);
                    }
                }
            }));
        }
        pool.shutdown();
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.add(e.getCause());
            }
        }
        return new Outcome(portfolios.get(), assessments.get(), makers.get(), checkers.get(), failures.get(),
                new ArrayList<>(errors), Duration.ofNanos(System.nanoTime() - start));
    }
}
