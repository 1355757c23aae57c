package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The versions of the stored assessment document and the step-by-step upgrade of an older one to the current
 * version, as Portfolio Performance upgrades an older file: each step is one small function from version n to n+1,
 * applied in turn, so a row saved by any earlier release reprints with this one. A step only moves or completes
 * what the older row recorded (from the row itself); it never invents a figure: what an older row lacks stays
 * absent and the report says it is not recorded.
 *
 * <ul>
 *   <li>1 — no {@code version} field: every document saved before documents were versioned, by the command line
 *       (the report's document) or by the workbench (the {@code assess --json} document, whose valuation date,
 *       seed and paths sit in {@code parameters.run} and whose sentences are fixed in the language of the screen).</li>
 *   <li>2 — {@code version}, and {@code asOf}, {@code portfolio}, {@code seed} and {@code paths} always at the top.</li>
 *   <li>3 — {@code client}: the bank the report is made for (委托方 / report user) as the officer gave it, or null
 *       when not given (every older row).</li>
 *   <li>4 — {@code collateral.atMaturityRecommended}: the simulated pool at maturity against the recommended loan
 *       (null when nothing is recommended), and each excess-earnings cash-flow row's {@code contributoryCharges}
 *       (each contributory asset's charge of the year). An older row did not record them: they stay absent and
 *       the report prints the probability as not recorded. The charges are worked out in the upgrade from what the
 *       older row recorded (each asset's required return and share of total assets, the assets per unit of revenue,
 *       the income period and each row's revenue), exactly as the engine computes them, and kept only when they
 *       reproduce the row's recorded total charge and excess earnings to the last bit; otherwise the report says
 *       they were not recorded.</li>
 *   <li>5 — {@code recommendation.conditions} is the one list of conditions (committee review 14, item 9): the engine
 *       now adds the re-appraisal a conclusion expired before drawdown needs and the bank's own rating when the PD
 *       came from the built-in example scorecard, which the report added at print time before. An older row gets
 *       both from its own timeline, PD source and scorecard coefficients, worded as the report printed them.</li>
 *   <li>6 — {@code parameterSet}: the named parameter set the assessment was made with ({@code name}, null when none
 *       was chosen), whether its values were changed before assessing ({@code edited}) and, without a set, whether
 *       every parameter was the engine's default ({@code engineDefaults}). An older stored row takes the set its
 *       {@code assessment_parameter_set} record names (whether the values were the defaults is then not recorded:
 *       null); a document never stored, or a row whose record was not looked up, leaves it absent (not recorded).</li>
 *   <li>7 — {@code patents[].collateral.statesShare}, present for a European patent that ended in some of its states:
 *       the share of its value the collateral counts (states alive over states counted) and the states where it
 *       ended (ADR 0026). An older row applied no share (every patent counted whole): the field stays absent and the
 *       report prints no such line, as it printed the row before.</li>
 *   <li>8 — {@code patents[].ownership}: each holder's name and share and whether the co-owners' consent to the pledge
 *       is recorded, for the special matters' co-ownership disclosure (专利法 art. 14). An older row takes them from the
 *       stored portfolio it is linked to, patent by patent number; a row with no linked portfolio (or a patent its
 *       portfolio no longer holds) leaves the field absent, and the report says the holders are not recorded.</li>
 * </ul>
 */
public final class DocumentVersions {

    /** The version this release writes. */
    public static final int CURRENT = 8;

    private DocumentVersions() {
    }

    /**
     * What the stored row records beside its document (the {@code assessments} columns), which an upgrade may take
     * a field from that an older document did not carry. Null for a document that was never stored.
     */
    public record StoredRow(LocalDate asOf, String portfolio, SetRecord parameterSet,
                            java.util.function.Supplier<java.util.Map<String, io.pledgebench.domain.Patent>> portfolioPatents) {
        public StoredRow {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(portfolio, "portfolio");
        }

        /** A row whose linked portfolio was not looked up ({@code portfolioPatents} null). */
        public StoredRow(LocalDate asOf, String portfolio, SetRecord parameterSet) {
            this(asOf, portfolio, parameterSet, null);
        }

        /** A row whose parameter-set record was not looked up. */
        public StoredRow(LocalDate asOf, String portfolio) {
            this(asOf, portfolio, null);
        }
    }

    /**
     * The parameter set a stored row records beside its document: the set's name (null: the row records none, so none
     * was chosen) and whether its values were changed before assessing.
     */
    public record SetRecord(String name, boolean edited) {
    }

    /** The document's version: its {@code version} field, 1 without one. */
    public static int versionOf(JsonNode doc) {
        JsonNode v = doc.path("version");
        if (v.isMissingNode()) {
            return 1;
        }
        if (!v.isInt() || v.asInt() < 1) {
            throw new DocumentException("the assessment document's version is " + v + ", not a version number");
        }
        return v.asInt();
    }

    /**
     * {@code stored} upgraded to {@link #CURRENT}, one version at a time, in a copy ({@code stored} itself when it is
     * current, unchanged); {@code row} is the stored row's
     * record (null for a document never stored). A document from a newer release is refused: this one cannot know
     * what its fields mean.
     */
    public static ObjectNode upgrade(JsonNode stored, StoredRow row) {
        if (stored == null || !stored.isObject()) {
            throw new DocumentException("an assessment document must be a JSON object");
        }
        int version = versionOf(stored);
        if (version == CURRENT) {
            // nothing to upgrade: the document itself, not a copy (a report of 500 patents reads it once more)
            return (ObjectNode) stored;
        }
        ObjectNode doc = ((ObjectNode) stored).deepCopy();
        if (version > CURRENT) {
            throw new DocumentException("the assessment document is version " + version + ", written by a newer release;"
                    + " this release reads up to version " + CURRENT + ": print it with the release that saved it");
        }
        while (version < CURRENT) {
            switch (version) {
                case 1 -> v1ToV2(doc, row);
                case 2 -> v2ToV3(doc);
                case 3 -> v3ToV4(doc);
                case 4 -> v4ToV5(doc);
                case 5 -> v5ToV6(doc, row);
                case 6 -> v6ToV7(doc);
                case 7 -> v7ToV8(doc, row);
                default -> throw new IllegalStateException("no upgrade from document version " + version);
            }
            version = versionOf(doc);
        }
        return doc;
    }

    /**
     * 1 → 2: the valuation date, seed and paths at the top (a workbench-saved row kept them only in
     * {@code parameters.run}; the valuation date also from the row's {@code as_of}), the portfolio's name from the
     * row when the document lacks it.
     */
    static void v1ToV2(ObjectNode doc, StoredRow row) {
        JsonNode run = doc.path("parameters").path("run");
        if (!doc.hasNonNull("asOf")) {
            if (run.hasNonNull("asOf")) {
                doc.put("asOf", run.get("asOf").asText());
            } else if (row != null) {
                doc.put("asOf", row.asOf().toString());
            } else {
                throw new DocumentException("the assessment document (version 1) records no valuation date (asOf),"
                        + " neither at its top nor in parameters.run, and no stored row gives one");
            }
        }
        if (!doc.hasNonNull("portfolio") && row != null) {
            doc.put("portfolio", row.portfolio());
        }
        for (String f : new String[] {"seed", "paths"}) {
            if (!doc.has(f) && run.has(f)) {
                doc.set(f, run.get(f));
            }
        }
        doc.put("version", 2);
    }

    /** 2 → 3: the bank the report is for was not asked before version 3: not recorded. */
    static void v2ToV3(ObjectNode doc) {
        if (!doc.has("client")) {
            doc.putNull("client");
        }
        doc.put("version", 3);
    }

    /**
     * 3 → 4: the coverage probability of the recommended loan was not recorded before version 4 and is left absent
     * (never computed here: the simulated paths are not stored); each excess-earnings row's charges by contributory
     * asset are worked out from what the row recorded when that reproduces the row exactly ({@link #charges}).
     */
    static void v3ToV4(ObjectNode doc) {
        for (JsonNode p : doc.path("patents")) {
            for (JsonNode m : p.path("valuation").path("methods")) {
                if (io.pledgebench.valuation.ExcessEarningsMethod.ID.equals(m.path("method").asText()) && m.path("applied").asBoolean(false)
                        && m.path("cashFlows").size() > 0) {
                    charges((ObjectNode) m);
                }
            }
        }
        doc.put("version", 4);
    }

    /**
     * Each contributory asset's charge of each cash-flow row of an excess-earnings method, as
     * {@code ExcessEarningsMethod} computes it: charge_k = required return_k × share of total assets_k × assets per
     * unit of revenue, per unit of revenue, times the row's revenue and the fraction of the year in the income period.
     * Written only when the charges per unit of revenue add up, in the engine's order, to the recorded total to the
     * last bit and every row's excess earnings (pre-tax × (1 − tax) − total charge × revenue × fraction) is the recorded
     * one to the last bit; anything else leaves the rows as they were (the report then says the charges were not
     * recorded), so no figure is invented.
     */
    static void charges(ObjectNode method) {
        JsonNode params = method.path("parameters");
        JsonNode inputs = method.path("inputs");
        JsonNode intensity = inputs.path("assetsPerRevenue");
        JsonNode period = inputs.path("incomePeriod");
        JsonNode total = params.path("contributoryChargePerRevenue");
        JsonNode tax = params.path("taxRate");
        if (!intensity.isNumber() || !period.isNumber() || !total.isNumber() || !tax.isNumber()) {
            return;
        }
        java.util.Map<String, Double> perRevenue = new java.util.LinkedHashMap<>();
        double sum = 0;
        java.util.Iterator<String> names = params.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.startsWith("charge:")) {
                continue;
            }
            String asset = name.substring("charge:".length());
            JsonNode rate = params.get(name);
            JsonNode share = params.path("assetShare:" + asset);
            if (!rate.isNumber() || !share.isNumber() || perRevenue.containsKey(asset)) {
                return;
            }
            double charge = rate.asDouble() * share.asDouble() * intensity.asDouble();
            sum += charge;
            perRevenue.put(asset, charge);
        }
        if (perRevenue.isEmpty() || sum != total.asDouble()) {
            return;
        }
        double n = period.asDouble();
        List<java.util.Map<String, Double>> rows = new java.util.ArrayList<>();
        for (JsonNode row : method.path("cashFlows")) {
            JsonNode year = row.path("year");
            JsonNode base = row.path("base");
            JsonNode preTax = row.path("preTax");
            JsonNode afterTax = row.path("afterTax");
            if (!year.isIntegralNumber() || !base.isNumber() || !preTax.isNumber() || !afterTax.isNumber()
                    || row.has("contributoryCharges")) {
                return;
            }
            double f = io.pledgebench.valuation.CashFlowSchedule.fraction(year.asInt(), n);
            double revenue = base.asDouble();
            if (preTax.asDouble() * (1 - tax.asDouble()) - sum * revenue * f != afterTax.asDouble()) {
                return;
            }
            java.util.Map<String, Double> charges = new java.util.LinkedHashMap<>();
            perRevenue.forEach((asset, c) -> charges.put(asset, c * revenue * f));
            rows.add(charges);
        }
        int i = 0;
        for (JsonNode row : method.path("cashFlows")) {
            ObjectNode cc = ((ObjectNode) row).putObject("contributoryCharges");
            rows.get(i++).forEach(cc::put);
        }
    }

    /**
     * 4 → 5: the conditions the report added at print time join the stored list, in the report's places and words:
     * first the re-appraisal when the conclusion's year of validity (valuation date + 1 year − 1 day) ended before
     * drawdown, last the bank's own rating when the PD came from the example scorecard (its coefficients recorded).
     */
    static void v4ToV5(ObjectNode doc) {
        JsonNode timeline = doc.path("loan").path("timeline");
        JsonNode conditions = doc.path("recommendation").path("conditions");
        if (conditions.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode list = (com.fasterxml.jackson.databind.node.ArrayNode) conditions;
            if (timeline.hasNonNull("valuationDate") && timeline.hasNonNull("startDate")) {
                LocalDate until = LocalDate.parse(timeline.get("valuationDate").asText()).plusYears(1).minusDays(1);
                if (until.isBefore(LocalDate.parse(timeline.get("startDate").asText()))) {
                    list.insert(0, sentence("report.conditions.reappraise", until.toString()));
                }
            }
            String source = doc.path("risk").path("pdSource").asText(doc.path("pdSource").asText(""));
            JsonNode coefficients = doc.path("parameters").path("risk").path("pdScorecard");
            if ("scorecard".equals(source) && coefficients.isObject()) {
                java.util.Map<String, Double> used = new java.util.LinkedHashMap<>();
                coefficients.fields().forEachRemaining(e -> used.put(e.getKey(), e.getValue().asDouble()));
                if (io.pledgebench.risk.PdScorecard.isIllustrative(used)) {
                    list.add(sentence("report.conditions.exampleScorecard"));
                }
            }
        }
        doc.put("version", 5);
    }

    /** A sentence as the document stores it: written by the writer of every stored sentence. */
    private static ObjectNode sentence(String key, String... args) {
        return ReportSource.textNode(io.pledgebench.domain.Text.of(key, (Object[]) args));
    }

    /**
     * 5 → 6: the parameter set the assessment was made with, from the stored row's record beside the document (whether
     * the values were the engine's defaults was not recorded: null); left absent when the row's record is not known.
     */
    static void v5ToV6(ObjectNode doc, StoredRow row) {
        if (!doc.has("parameterSet") && row != null && row.parameterSet() != null) {
            ObjectNode set = doc.putObject("parameterSet");
            set.put("name", row.parameterSet().name());
            set.put("edited", row.parameterSet().edited());
            set.putNull("engineDefaults");
        }
        doc.put("version", 6);
    }

    /**
     * 6 → 7: before version 7 the assessment counted a European patent ended in some of its states at its whole value:
     * no share was applied, so none is recorded (the field stays absent, never computed here).
     */
    static void v6ToV7(ObjectNode doc) {
        doc.put("version", 7);
    }

    /**
     * 7 → 8: each patent's holders and consent from the stored portfolio the row is linked to ({@code row.portfolioPatents},
     * read only now that an upgrade needs it, keyed by canonical number; it gives null when the row links none), written by the assessment's own writer; without a linked portfolio, or for a patent
     * it does not hold, the field stays absent (not recorded), never guessed.
     */
    static void v7ToV8(ObjectNode doc, StoredRow row) {
        java.util.Map<String, io.pledgebench.domain.Patent> linked = row == null || row.portfolioPatents() == null ? null
                : row.portfolioPatents().get();
        if (linked != null) {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (JsonNode p : doc.path("patents")) {
                io.pledgebench.domain.Patent patent = linked.get(p.path("patentNumber").asText());
                if (patent != null && p.isObject() && !p.has("ownership")) {
                    ((ObjectNode) p).set("ownership", json.valueToTree(
                            io.pledgebench.assessment.Assessment.ownershipJson(patent.owners(), patent.pledgeConsent())));
                }
            }
        }
        doc.put("version", 8);
    }
}
