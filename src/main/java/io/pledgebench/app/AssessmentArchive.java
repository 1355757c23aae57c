package io.pledgebench.app;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.domain.PersonName;
import io.pledgebench.assessment.CanonicalJson;
import io.pledgebench.report.AssessmentReport;
import io.pledgebench.report.DocumentVersions;
import io.pledgebench.report.ReportInput;
import io.pledgebench.report.ReportSource;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.NewAssessment;
import io.pledgebench.store.SavedAssessment;
import io.pledgebench.store.Witness;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way an assessment is saved and a saved one printed, for the command line ({@code assess --save},
 * {@code report}) and the workbench alike: the stored document is the report's ({@link #toSave}: method
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
        return save(a, portfolioId, author, appVersion, null);
    }

    /**
     * Saves {@code a} made for {@code client}, the bank the officer named (委托方 / report user; null or blank when not
     * named), which the stored document keeps and every reprint names.
     */
    public long save(Assessment a, Long portfolioId, String author, String appVersion, String client) {
        return save(a, portfolioId, author, appVersion, client, null);
    }

    /**
     * Saves {@code a} made for {@code client} with the named parameter set {@code set} (null: none chosen), which the
     * stored document keeps and every reprint names.
     */
    public long save(Assessment a, Long portfolioId, String author, String appVersion, String client,
                     ReportSource.SetUsed set) {
        return repository.save(toSave(a, portfolioId, PersonName.check(author), appVersion, client, set));
    }

    /** What to save for an assessment: its hashed inputs and parameters, and the report document. */
    public static NewAssessment toSave(Assessment a, Long portfolioId, String author, String appVersion) {
        return toSave(a, portfolioId, author, appVersion, null);
    }

    /** What to save for an assessment made for {@code client} (null or blank: not named). */
    public static NewAssessment toSave(Assessment a, Long portfolioId, String author, String appVersion, String client) {
        return toSave(a, portfolioId, author, appVersion, client, null);
    }

    /** What to save for an assessment made for {@code client} with the parameter set {@code set} (null: none). */
    public static NewAssessment toSave(Assessment a, Long portfolioId, String author, String appVersion, String client,
                                       ReportSource.SetUsed set) {
        return new NewAssessment(portfolioId, a.inputs().portfolio().name(), author, a.inputs().asOf(), a.inputHash(),
                appVersion, CanonicalJson.write(Assessment.hashedTree(a.inputs(), a.parameters())),
                ReportSource.json(a, client, set));
    }

    /**
     * What a saved assessment is printed from: its document upgraded with the row's own record, its sign-offs.
     * {@code authorIsLogin}: the row's author is the database login (team mode, {@link
     * AssessmentRepository#authorIsLogin()}), a real identity the report names as the saver; on a desktop database
     * the author is the operating-system login, which the report never prints as a person ("保存人 root").
     */
    public static ReportInput reportInput(SavedAssessment saved, boolean authorIsLogin) {
        return reportInput(saved, authorIsLogin, null);
    }

    /**
     * {@link #reportInput(SavedAssessment, boolean)} with the stored portfolio the row is linked to, read from
     * {@code portfolios} only when an older document needs it (its patents' holders, document version 8).
     */
    public static ReportInput reportInput(SavedAssessment saved, boolean authorIsLogin,
                                          io.pledgebench.store.PortfolioRepository portfolios) {
        DocumentVersions.SetRecord set = saved.parameterSet() == null ? null
                : new DocumentVersions.SetRecord(saved.parameterSet().name(), saved.parameterSet().edited());
        java.util.function.Supplier<java.util.Map<String, io.pledgebench.domain.Patent>> linked =
                portfolios == null || saved.portfolioId() == null ? null : () -> portfolios.load(saved.portfolioId())
                        .map(p -> {
                            java.util.Map<String, io.pledgebench.domain.Patent> byNumber = new java.util.HashMap<>();
                            p.portfolio().patents().forEach(x -> byNumber.put(x.number().canonical(), x));
                            return byNumber;
                        }).orElse(null);
        return ReportInput.stored(saved.resultJson(), new DocumentVersions.StoredRow(saved.asOf(), saved.portfolio(), set,
                        linked), saved.id(), saved.createdAt(), authorIsLogin ? saved.author() : "", saved.signOffs(),
                saved.auditHash());
    }

    /** {@link #reportInput(SavedAssessment, boolean)} of a row of this archive's database, with its linked portfolio. */
    public ReportInput reportInput(SavedAssessment saved) {
        return reportInput(saved, repository.authorIsLogin(), repository.portfolios());
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
        ReportInput input = reportInput(saved).withChain(chain.length(), chain.head());
        AssessmentReport.write(input, locale, printDate, out);
    }
}
