package io.pledgebench.io;

import io.pledgebench.domain.PatentNumber;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a large synthetic patents CSV (English headers, every SPEC patent column) for the import
 * benchmark: CN numbers with correct check digits, a realistic mix of types and statuses, dates, owners
 * with shares, amounts and rates. Deterministic for a given seed.
 */
public final class LargePortfolioGenerator {

    static final String HEADER = "patent_number,title,type,jurisdiction,filing_date,grant_date,status,owners,"
            + "annual_fee_paid_until,ipc,independent_claims,total_claims,family_size,cited_by,product_revenue,"
            + "licence_revenue,royalty_rate,open_licence_royalty,product_recorded,in_use_since,replacement_cost,"
            + "economic_life_years,pledge_consent";
    private static final String[] IPC = {"G01L 9/06", "H04W 52/02", "G06N 3/08", "H01L 21/02", "A61B 5/00", "B23K 26/00"};
    private static final String[] STATUS = {"valid", "valid", "valid", "valid", "valid", "valid", "lapsed", "pledged"};

    private LargePortfolioGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        write(Path.of(args.length > 0 ? args[0] : "target/benchmark/patents-100k.csv"), rows, 42);
    }

    static void write(Path file, int rows, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SplittableRandom rnd = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write("\n");
            for (int i = 0; i < rows; i++) {
                int year = 2005 + rnd.nextInt(19);
                int typeDigit = 1 + rnd.nextInt(3);
                String body = String.format("%04d%d%07d", year, typeDigit, i);
                String number = "ZL" + body + "." + PatentNumber.cnCheckDigit(body);
                String type = typeDigit == 1 ? "invention" : typeDigit == 2 ? "utility_model" : "design";
                LocalDate filing = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                LocalDate grant = filing.plusDays(typeDigit == 1 ? 500 + rnd.nextInt(700) : 120 + rnd.nextInt(240));
                LocalDate fee = filing.withYear(2027);
                boolean coOwned = rnd.nextInt(10) == 0;
                String owners = coOwned ? "Benchmark Sensors Co., Ltd.:0.6; Benchmark University:0.4" : "Benchmark Sensors Co., Ltd.";
                int total = 3 + rnd.nextInt(20);
                StringBuilder b = new StringBuilder(320);
                b.append(number).append(",Synthetic sensor patent ").append(i).append(',').append(type).append(",CN,")
                        .append(filing).append(',').append(grant).append(',').append(STATUS[rnd.nextInt(STATUS.length)])
                        .append(",\"").append(owners).append("\",").append(fee).append(',')
                        .append(IPC[rnd.nextInt(IPC.length)]).append(',').append(1 + rnd.nextInt(Math.min(3, total)))
                        .append(',').append(total).append(',').append(1 + rnd.nextInt(6)).append(',').append(rnd.nextInt(40))
                        .append(',').append(100_000 * (1 + rnd.nextInt(500))).append(',').append(rnd.nextInt(4) == 0 ? 50_000 * rnd.nextInt(20) : 0)
                        .append(',').append(String.format("%.3f", 0.01 + rnd.nextInt(50) / 1000.0)).append(",,")
                        .append(rnd.nextBoolean() ? "yes" : "no").append(',').append(grant.plusDays(90)).append(',')
                        .append(50_000 * (1 + rnd.nextInt(40))).append(',').append(5 + rnd.nextInt(10)).append(',')
                        .append(coOwned ? (rnd.nextBoolean() ? "yes" : "no") : "").append('\n');
                w.write(b.toString());
            }
        }
    }
}
