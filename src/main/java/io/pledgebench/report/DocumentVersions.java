package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
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
 *       the report prints the probability as not recorded and the excess-earnings table without the charges.</li>
 *   <li>5 — {@code patents[].collateral.statesShare}, present for a European patent that ended in some of its states:
 *       the share of its value the collateral counts (states alive over states counted) and the states where it
 *       ended (ADR 0026). An older row applied no share (every patent counted whole): the field stays absent and the
 *       report prints no such line, as it printed the row before.</li>
 * </ul>
 */
public final class DocumentVersions {

    /** The version this release writes. */
    public static final int CURRENT = 5;

    private DocumentVersions() {
    }

    /**
     * What the stored row records beside its document (the {@code assessments} columns), which an upgrade may take
     * a field from that an older document did not carry. Null for a document that was never stored.
     */
    public record StoredRow(LocalDate asOf, String portfolio) {
        public StoredRow {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(portfolio, "portfolio");
        }
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
     * 3 → 4: the coverage probability of the recommended loan and the excess-earnings charges by asset were not
     * recorded before version 4; they are left absent (never computed here: the simulated paths are not stored).
     */
    static void v3ToV4(ObjectNode doc) {
        doc.put("version", 4);
    }

    /**
     * 4 → 5: before version 5 the assessment counted a European patent ended in some of its states at its whole value:
     * no share was applied, so none is recorded (the field stays absent, never computed here).
     */
    static void v4ToV5(ObjectNode doc) {
        doc.put("version", 5);
    }
}
