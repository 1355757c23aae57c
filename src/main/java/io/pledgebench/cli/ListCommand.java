package io.pledgebench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.pledgebench.domain.OneLine;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import io.pledgebench.store.PortfolioSummary;
import io.pledgebench.store.StoredPortfolio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code list [--db PATH] [--json]}: the stored portfolios and their patents. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored portfolios and their patents.")
public final class ListCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @Option(names = "--json", description = "print a JSON array of portfolios, each with its patents")
    boolean json;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the listing (not of --json)")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Loads and prints one portfolio at a time, newest first, so a database of many portfolios (a million stored
     * patents) is listed in the memory of its largest portfolio, not of all of them.
     */
    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        CliText t = CliText.of(lang);
        try (Database db = dbOption.openReadOnly()) {
            PortfolioRepository repo = new PortfolioRepository(db);
            List<PortfolioSummary> all = repo.list();
            if (json) {
                try (SequenceWriter w = JsonOutput.mapper().writerWithDefaultPrettyPrinter()
                        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out)) {
                    for (PortfolioSummary s : all) {
                        Optional<StoredPortfolio> sp = repo.load(s.id());
                        if (sp.isPresent()) {
                            w.write(toJson(sp.get()));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.println();
            } else if (all.isEmpty()) {
                out.println(t.get("cli.list.none"));
            } else {
                for (PortfolioSummary s : all) {
                    repo.load(s.id()).ifPresent(sp -> printPortfolio(out, t, sp));
                }
            }
            out.flush();
        }
    }

    /** One portfolio and its patents; in Chinese the type and status by their names in the workbench. */
    private static void printPortfolio(PrintWriter out, CliText text, StoredPortfolio sp) {
        Portfolio p = sp.portfolio();
        // names, titles and the source path come from files: escaped, so a file name cannot forge a line
        out.println(text.get("cli.list.portfolio", String.valueOf(sp.id()), OneLine.of(p.name()),
                String.valueOf(p.patents().size()), String.valueOf(sp.importedAt()), OneLine.of(p.source())));
        String expires = text.get("cli.list.expires");
        String unknown = text.get("cli.list.unknown");
        for (Patent t : p.patents()) {
            String type = text.chinese() ? text.get("ui.type." + t.type().code()) : t.type().code();
            String status = text.chinese() ? text.get("ui.legalStatus." + t.status().code()) : t.status().code();
            out.printf("    %-20s %-13s %-20s %s %-10s %s%n", t.number().canonical(), type, status, expires,
                    t.legalExpiry().map(LocalDate::toString).orElse(unknown), OneLine.of(t.title()));
        }
    }

    static Map<String, Object> toJson(StoredPortfolio sp) {
        Portfolio p = sp.portfolio();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", sp.id());
        m.put("name", p.name());
        m.put("enterprise", p.enterprise() == null ? null : p.enterprise().name());
        Portfolio.Pledgor pledgor = p.pledgor();
        m.put("pledgor", pledgor.name());
        m.put("pledgorInferred", pledgor.inferred());
        m.put("currency", p.currency());
        m.put("source", p.source());
        m.put("importedAt", sp.importedAt().toString());
        List<Map<String, Object>> patents = new ArrayList<>();
        for (Patent t : p.patents()) {
            patents.add(patentJson(t));
        }
        m.put("patents", patents);
        return m;
    }

    static Map<String, Object> patentJson(Patent t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("patentNumber", t.number().canonical());
        m.put("kind", t.number().kind());
        m.put("jurisdiction", t.jurisdiction());
        m.put("title", t.title());
        m.put("type", t.type().code());
        m.put("status", t.status().code());
        m.put("filingDate", str(t.filingDate()));
        m.put("grantDate", str(t.grantDate()));
        m.put("expiryDate", t.legalExpiry().map(LocalDate::toString).orElse(null));
        m.put("expiryDateGiven", t.expiryDate() != null);
        List<Map<String, Object>> owners = new ArrayList<>();
        for (Owner o : t.owners()) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("name", o.name());
            om.put("share", o.share());
            owners.add(om);
        }
        m.put("owners", owners);
        m.put("annualFeePaidUntil", str(t.annualFeePaidUntil()));
        m.put("ipc", t.ipc());
        m.put("independentClaims", t.independentClaims());
        m.put("totalClaims", t.totalClaims());
        m.put("familySize", t.familySize());
        m.put("citedBy", t.citedBy());
        m.put("productRevenue", t.productRevenue());
        m.put("licenceRevenue", t.licenceRevenue());
        m.put("royaltyRate", t.royaltyRate());
        m.put("openLicenceRoyalty", t.openLicenceRoyalty());
        m.put("productRecorded", t.productRecorded());
        m.put("inUseSince", str(t.inUseSince()));
        m.put("replacementCost", t.replacementCost());
        m.put("economicLifeYears", t.economicLifeYears());
        m.put("pledgeConsent", t.pledgeConsent());
        m.put("product", t.product());
        m.put("contributionWeight", t.contributionWeight());
        m.put("legalEvents", t.events().size());
        return m;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
