package io.pledgebench.cli;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.CanonicalJson;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import io.pledgebench.store.NewAssessment;
import io.pledgebench.store.NewBookedLoan;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A synthetic loan book for the scale benchmarks: 10 pledged patents per loan, 100 loans per borrower. */
public final class SyntheticBook {

    public static final int PATENTS_PER_LOAN = 10;
    public static final int LOANS_PER_BORROWER = 100;

    private SyntheticBook() {
    }

    /**
     * A book of {@code loans} loans in a new database at {@code dbFile}: one saved assessment of 1,000 patents per 100
     * loans (its borrower), each loan 2,000,000 CNY on 10 of them, drawn a month before {@code asOf}, registered;
     * booked in one transaction through the store, each loan audited.
     */
    public static void build(Path dir, Path dbFile, int loans, LocalDate asOf) throws IOException {
        int borrowers = Math.max(1, (loans + LOANS_PER_BORROWER - 1) / LOANS_PER_BORROWER);
        AssessmentParameters params = AssessmentParameters.defaults();
        try (Database db = Database.open(dbFile)) {
            AssessmentRepository assessments = new AssessmentRepository(db);
            List<NewBookedLoan> book = new ArrayList<>(loans);
            int serial = 0;
            for (int b = 0; b < borrowers; b++) {
                int n = LOANS_PER_BORROWER * PATENTS_PER_LOAN;
                Portfolio pf = portfolio(dir.resolve("b" + b), n, serial, "Borrower " + b + " Co. Ltd.");
                serial += n;
                AssessmentInputs in = new AssessmentInputs(pf, new LoanRequest(new BigDecimal("20000000"), "CNY", 36,
                        null, null), asOf, 1, 1000, null, List.of());
                var tree = Assessment.hashedTree(in, params);
                long id = assessments.save(new NewAssessment(null, pf.name(), "bench", asOf,
                        CanonicalJson.sha256(tree), "bench", CanonicalJson.write(tree), "{}"));
                for (int l = 0; l < LOANS_PER_BORROWER && b * LOANS_PER_BORROWER + l < loans; l++) {
                    List<String> pledged = new ArrayList<>();
                    for (int k = 0; k < PATENTS_PER_LOAN; k++) {
                        pledged.add(pf.patents().get(l * PATENTS_PER_LOAN + k).number().canonical());
                    }
                    book.add(new NewBookedLoan(id, pf.name(), null, "C39" + (b % 7), null, "CNY",
                            new BigDecimal("2000000"), null, asOf.minusMonths(1), 36, b % 3 == 0 ? "zhongshan" : "none",
                            0.1, 0.3, asOf.minusMonths(2), new BigDecimal("10000000"), new BigDecimal("1000000"),
                            "Y" + b + "-" + l, asOf.minusDays(20), pledged));
                }
            }
            assertThat(new LoanBookRepository(db).bookAll(book, "bench")).hasSize(loans);
        }
    }

    /** A synthetic portfolio of {@code n} CN patents with revenue, as the assess benchmark writes them. */
    public static Portfolio portfolio(Path dir, int n, int firstSerial, String owner) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(42 + firstSerial);
        StringBuilder b = new StringBuilder("patent_number,title,type,filing_date,grant_date,status,owners,"
                + "annual_fee_paid_until,ipc,total_claims,independent_claims,cited_by,family_size,product_revenue,"
                + "in_use_since\n");
        String[] ipcs = {"G01L 9/06", "H01L 21/02", "B25J 9/16", "A61B 5/00", "C08K 3/04", "F16H 1/28"};
        for (int i = 0; i < n; i++) {
            boolean invention = r.nextDouble() < 0.6;
            LocalDate filed = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(3500));
            String digits = String.format("%04d%d%07d", filed.getYear(), invention ? 1 : 2, firstSerial + i + 1);
            b.append(digits).append('.').append(PatentNumber.cnCheckDigit(digits)).append(",Synthetic patent ")
                    .append(firstSerial + i).append(',').append(invention ? "invention" : "utility_model").append(',')
                    .append(filed).append(',').append(filed.plusMonths(invention ? 30 : 10)).append(",valid,")
                    .append(owner).append(',').append(LocalDate.of(2027, 1, 1).plusDays(r.nextInt(300))).append(',')
                    .append(ipcs[r.nextInt(ipcs.length)]).append(',').append(5 + r.nextInt(15)).append(',')
                    .append(1 + r.nextInt(3)).append(',').append(r.nextInt(40)).append(',').append(1 + r.nextInt(6))
                    .append(',').append(1_000_000 + r.nextInt(30_000_000)).append(',').append(filed.plusYears(1))
                    .append('\n');
        }
        Files.writeString(dir.resolve("patents.csv"), b, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("enterprise.csv"), "field,value\nname," + owner + "\n"
                + "years_in_business,12\nrevenue,300000000\nebitda,45000000\ntotal_assets,400000000\n"
                + "total_liabilities,180000000\ninterest_expense,6000000\nannual_debt_service,15000000\n"
                + "overdue_records,0\n", StandardCharsets.UTF_8);
        return PortfolioReader.read(dir).portfolio();
    }
}
