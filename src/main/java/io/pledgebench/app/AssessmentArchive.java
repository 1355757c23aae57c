package io.pledgebench.app;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.domain.PersonName;
import io.pledgebench.report.AssessmentReport;
import io.pledgebench.report.ReportInput;
import io.pledgebench.report.ReportSource;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.SavedAssessment;
import io.pledgebench.store.Witness;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way an assessment is saved and a saved one printed, for the command line ({@code assess --save},
 * {@code report}) and the workbench alike: the stored document is the report's ({@link ReportSource#toSave}: method
 * parameters, cash flows, explanations, histogram, sentences as keys), so a saved assessment reprints the same in
 * either language chosen at print time, wherever it was saved.
 */
public final class AssessmentArchive {

    private final AssessmentRepository repository;

    public AssessmentArchive(AssessmentRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Saves {@code a} (immutable, audited) as made by {@code author}; returns its id. */
    public long save(Assessment a, Long portfolioId, String author, String appVersion) {
        return repository.save(ReportSource.toSave(a, portfolioId, PersonName.check(author), appVersion));
    }

    /** The newest saved assessment with the same inputs and parameters as {@code a}, if any. */
    public Optional<SavedAssessment> sameAs(Assessment a) {
        return repository.latestWithInputHash(a.inputHash());
    }

    /**
     * Prints saved assessment {@code id} in {@code locale} as of {@code printDate}, with the audit chain's length and
     * head at printing.
     */
    public void print(long id, Locale locale, LocalDate printDate, OutputStream out) {
        SavedAssessment saved = repository.load(id).orElseThrow(() ->
                new IllegalStateException("assessment " + id + " is no longer stored"));
        Witness chain = repository.chainHead();
        ReportInput input = ReportInput.of(saved).withChain(chain.length(), chain.head());
        AssessmentReport.write(input, locale, printDate, out);
    }
}
