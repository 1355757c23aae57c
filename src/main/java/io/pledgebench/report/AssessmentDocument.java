package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pledgebench.domain.Text;
import io.pledgebench.valuation.ExplainKey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The stored assessment document, typed and at the {@link DocumentVersions#CURRENT current version}: what identifies
 * the assessment (input hash, valuation date, portfolio, seed, paths, currency, the bank it is for) and each patent's
 * valuation down to each method's parameters, inputs (by {@link ExplainKey}), explanation sentences and cash flows.
 * Reading checks every field the report needs: a missing or malformed one is a {@link DocumentException} naming its
 * path, never a blank or a guess. The parameter appendix reads every parameter recorded as {@link Parameters}.
 */
public record AssessmentDocument(int version, String inputHash, LocalDate asOf, String portfolio, long seed, int paths,
                                 String currency, Optional<String> client, Optional<ParameterSet> parameterSet,
                                 Parties parties, Borrower borrower,
                                 Optional<Attribution> attribution, Quoted quoted,
                                 double loanAmount, Loan loan,
                                 Recommendation recommendation, OptionalDouble gradeMinimumCoverage, CreditRisk risk,
                                 Collateral collateral, Optional<Distribution> distribution, List<StressEntry> stress,
                                 List<PatentEntry> patents, List<Sentence> notes, Parameters parameters,
                                 ObjectNode tree) {

    public AssessmentDocument {
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(parameterSet, "parameterSet");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(loan, "loan");
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(quoted, "quoted");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(gradeMinimumCoverage, "gradeMinimumCoverage");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(collateral, "collateral");
        Objects.requireNonNull(distribution, "distribution");
        stress = List.copyOf(stress);
        patents = List.copyOf(patents);
        notes = List.copyOf(notes);
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(tree, "tree");
    }

    /** {@code stored} upgraded to the current version and read; {@code row} as {@link DocumentVersions#upgrade}. */
    public static AssessmentDocument read(JsonNode stored, DocumentVersions.StoredRow row) {
        ObjectNode doc = DocumentVersions.upgrade(stored, row);
        Field top = new Field(doc, "");
        List<PatentEntry> patents = new ArrayList<>();
        List<Field> ps = top.list("patents");
        for (Field p : ps) {
            patents.add(PatentEntry.read(p));
        }
        String client = top.optText("client");
        List<StressEntry> stress = new ArrayList<>();
        for (Field s : top.list("stress")) {
            stress.add(StressEntry.read(s));
        }
        Field loan = top.at("loan");
        return new AssessmentDocument(top.integer("version"), top.text("inputHash"), top.date("asOf"),
                top.text("portfolio"), top.whole("seed"), top.integer("paths"), loan.text("currency"),
                Optional.ofNullable(client == null || client.isBlank() ? null : client),
                top.optObject("parameterSet").map(ParameterSet::read), Parties.read(top),
                top.optObject("enterprise").map(Borrower::read).orElse(Borrower.NONE),
                top.optObject("enterprise").flatMap(e -> e.optObject("revenueAttribution")).map(Attribution::read),
                Quoted.read(top),
                loan.number("amount"), Loan.read(loan),
                Recommendation.read(top.at("recommendation")), top.optNumber("gradeMinimumCoverage"),
                CreditRisk.read(top), Collateral.read(top.at("collateral")),
                top.optObject("portfolioDistribution").map(Distribution::read),
                stress, patents, top.sentences("notes"), Parameters.read(top.optObject("parameters")), doc);
    }

    /**
     * The one rate of the loan (review 14b, I): the yearly rate the engine tested the debt-service capacity at, which is
     * the risk-based minimum rate of the amount assessed ({@code risk.minimumRate}, as {@code AssessmentPipeline} passes
     * it to {@code Recommender}). The repayment schedule and the proposed terms use it, so that the capacity and the
     * schedule never price the loan at two rates; the proposed loan's own minimum is at most it.
     */
    public double loanRate() {
        return risk.requested().minimumRate().rate();
    }

    /** A document never stored (the report of an assessment just run): no row to complete it from. */
    public static AssessmentDocument read(JsonNode doc) {
        return read(doc, null);
    }

    /**
     * The parameter set the assessment was made with ({@code parameterSet}, version 6; absent when the document does
     * not record it): the set's name (absent when none was chosen), whether its values were changed before assessing,
     * and, without a set, whether every parameter was the engine's default (absent when not recorded).
     */
    public record ParameterSet(Optional<String> name, boolean edited, Optional<Boolean> engineDefaults) {
        public ParameterSet {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(engineDefaults, "engineDefaults");
        }

        static ParameterSet read(Field f) {
            JsonNode d = f.node().get("engineDefaults");
            return new ParameterSet(f.optNonBlank("name"), f.optBool("edited"),
                    d == null || d.isNull() ? Optional.empty() : Optional.of(f.bool("engineDefaults")));
        }
    }

    /**
     * Every parameter the assessment recorded ({@code parameters}), in document order, for the parameter appendix: each
     * group (run, valuation, Monte Carlo, scoring, eligibility, risk, stress) with one row per value. A row's path is
     * the names leading to it ({@link Step}: a parameter name, or the grade, stress scenario or named item of a list it
     * belongs to), its value as recorded, and the published source of a risk default (the English text stored with
     * the parameters; absent when none). The sources and the risk-sharing scheme's source are not rows of their own:
     * they are the source of the rows they support.
     */
    public record Parameters(List<Group> groups) {
        public Parameters {
            groups = List.copyOf(groups);
        }

        /** A group of parameters and its rows (a group whose value is a single value has one row with an empty path). */
        public record Group(String name, List<Row> rows) {
            public Group {
                Objects.requireNonNull(name, "name");
                rows = List.copyOf(rows);
            }
        }

        /** One parameter value: the path to it, the value as recorded, and its source. */
        public record Row(List<Step> path, JsonNode value, Optional<String> source) {
            public Row {
                path = List.copyOf(path);
                Objects.requireNonNull(value, "value");
                Objects.requireNonNull(source, "source");
            }

            /** The parameter's own name: the last step's, the group's when the group itself is the value. */
            public Optional<Step> last() {
                return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
            }
        }

        /** One step of a path: a parameter name, or the grade, stress scenario or named item of a list. */
        public record Step(Kind kind, String text) {
            public enum Kind { NAME, GRADE, SCENARIO, ITEM }

            public Step {
                Objects.requireNonNull(kind, "kind");
                Objects.requireNonNull(text, "text");
            }
        }

        static Parameters read(Optional<Field> parameters) {
            List<Group> groups = new ArrayList<>();
            if (parameters.isEmpty()) {
                return new Parameters(groups);
            }
            JsonNode all = parameters.get().node();
            JsonNode sources = all.path("risk").path("sources");
            all.fields().forEachRemaining(group -> {
                List<Row> rows = new ArrayList<>();
                rows(group.getKey(), List.of(), group.getValue(), sources, all, rows);
                groups.add(new Group(group.getKey(), rows));
            });
            return new Parameters(groups);
        }

        private static void rows(String group, List<Step> path, JsonNode n, JsonNode sources, JsonNode all, List<Row> out) {
            String last = path.isEmpty() ? group : path.get(path.size() - 1).text();
            boolean risk = "risk".equals(group);
            if (risk && ("sources".equals(last) && path.size() == 1
                    || "source".equals(last) && path.size() == 2 && "riskSharing".equals(path.get(0).text()))) {
                return; // the source column of the parameters they support
            }
            if (n.isObject() && !n.isEmpty()) {
                n.fields().forEachRemaining(e -> {
                    List<Step> p = new ArrayList<>(path);
                    p.add(new Step(Step.Kind.NAME, e.getKey()));
                    rows(group, p, e.getValue(), sources, all, out);
                });
                return;
            }
            if (n.isArray() && n.size() > 0 && n.get(0).isObject()) {
                for (JsonNode item : n) {
                    Step label = item.has("grade") ? new Step(Step.Kind.GRADE, item.get("grade").asText())
                            : item.hasNonNull("id") && !item.get("id").asText().isEmpty()
                            ? new Step(Step.Kind.SCENARIO, item.get("id").asText())
                            : new Step(Step.Kind.ITEM, item.path("name").isValueNode() ? item.path("name").asText() : "");
                    item.fields().forEachRemaining(e -> {
                        if (List.of("grade", "name", "id").contains(e.getKey())) {
                            return;
                        }
                        List<Step> p = new ArrayList<>(path);
                        p.add(label);
                        p.add(new Step(Step.Kind.NAME, e.getKey()));
                        rows(group, p, e.getValue(), sources, all, out);
                    });
                }
                return;
            }
            if (n.isObject()) {
                return;
            }
            Optional<String> source = Optional.empty();
            if (risk && path.stream().allMatch(x -> x.kind() == Step.Kind.NAME)) {
                JsonNode s = sources.path(String.join(".", path.stream().map(Step::text).toList()));
                if (s.isTextual()) {
                    source = Optional.of(s.asText());
                } else if ("riskSharing".equals(path.get(0).text()) && "id".equals(last)) {
                    JsonNode scheme = all.path("risk").path("riskSharing").path("source");
                    source = scheme.isTextual() && !scheme.asText().isEmpty() ? Optional.of(scheme.asText()) : Optional.empty();
                }
            }
            out.add(new Row(path, n, source));
        }
    }

    /**
     * The risk-sharing scheme the parameters name ({@code parameters.risk.riskSharing}): its id and the published source
     * recorded with it (absent when the document records no scheme or no source).
     */
    public Optional<String> riskSharingScheme() {
        JsonNode id = tree.path("parameters").path("risk").path("riskSharing").path("id");
        return id.isTextual() && !id.asText().isEmpty() ? Optional.of(id.asText()) : Optional.empty();
    }

    /** The source recorded with the risk-sharing scheme (absent when none). */
    public Optional<String> riskSharingSource() {
        JsonNode s = tree.path("parameters").path("risk").path("riskSharing").path("source");
        return s.isTextual() && !s.asText().isEmpty() ? Optional.of(s.asText()) : Optional.empty();
    }

    /**
     * The borrower as the enterprise data give it (every figure absent when the portfolio has no enterprise data): its
     * industry, years in business, overdue records and the financial figures of the credit memo.
     */
    public record Borrower(Optional<String> industry, OptionalDouble yearsInBusiness, OptionalLong overdueRecords,
                           OptionalDouble revenue, OptionalDouble ebitda, OptionalDouble totalAssets,
                           OptionalDouble totalLiabilities, OptionalDouble interestExpense, OptionalDouble rdExpense,
                           OptionalDouble annualDebtService) {
        static final Borrower NONE = new Borrower(Optional.empty(), OptionalDouble.empty(), OptionalLong.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());

        public Borrower {
            Objects.requireNonNull(industry, "industry");
        }

        static Borrower read(Field e) {
            JsonNode overdue = e.node().get("overdueRecords");
            return new Borrower(e.optNonBlank("industry"), e.optNumber("yearsInBusiness"),
                    overdue == null || overdue.isNull() ? OptionalLong.empty() : OptionalLong.of(e.whole("overdueRecords")),
                    e.optNumber("revenue"), e.optNumber("ebitda"), e.optNumber("totalAssets"),
                    e.optNumber("totalLiabilities"), e.optNumber("interestExpense"), e.optNumber("rdExpense"),
                    e.optNumber("annualDebtService"));
        }

        /** The financial figures in the credit memo's order. */
        public List<OptionalDouble> financials() {
            return List.of(revenue, ebitda, totalAssets, totalLiabilities, interestExpense, rdExpense, annualDebtService);
        }
    }

    /**
     * The parameters the appraisal elements and the credit proposal quote (each absent when the document does not record
     * it): the liquidation parameters by patent type, the Basel framework, the valuation's discount, tax and growth
     * rates, the minimum debt-service coverage and the PD scorecard's coefficients. The parameter appendix reads them all
     * from {@link #tree()}.
     */
    public record Quoted(Map<String, Liquidation> liquidation, Optional<String> baselFramework,
                         Optional<ValuationRates> rates, OptionalDouble minimumDebtServiceCoverage,
                         Optional<Map<String, Double>> pdScorecard, Optional<String> lgdMethod,
                         OptionalDouble supervisoryLgd) {
        public Quoted {
            Objects.requireNonNull(lgdMethod, "lgdMethod");
            liquidation = Collections.unmodifiableMap(new LinkedHashMap<>(liquidation));
            Objects.requireNonNull(baselFramework, "baselFramework");
            Objects.requireNonNull(rates, "rates");
            Objects.requireNonNull(pdScorecard, "pdScorecard");
        }

        static Quoted read(Field top) {
            Optional<Field> params = top.optObject("parameters");
            Optional<Field> risk = params.flatMap(p -> p.optObject("risk"));
            Map<String, Liquidation> liquidation = new LinkedHashMap<>();
            risk.flatMap(r -> r.optObject("liquidation")).ifPresent(l -> l.node().fieldNames().forEachRemaining(type -> {
                Field x = l.at(type);
                liquidation.put(type, new Liquidation(x.number("fireSaleDiscount"), x.number("disposalCost"),
                        x.number("yearsToSell"), x.number("discountRate")));
            }));
            Optional<Map<String, Double>> scorecard = risk.flatMap(r -> r.optObject("pdScorecard")).map(c -> {
                Map<String, Double> out = new LinkedHashMap<>();
                c.node().fieldNames().forEachRemaining(n -> out.put(n, c.number(n)));
                return out;
            });
            return new Quoted(liquidation, risk.flatMap(r -> r.optNonBlank("baselFramework")),
                    params.flatMap(p -> p.optObject("valuation")).map(v -> new ValuationRates(v.number("discountRate"),
                            v.number("taxRate"), v.number("revenueGrowth"))),
                    risk.map(r -> r.optNumber("minimumDebtServiceCoverage")).orElse(OptionalDouble.empty()), scorecard,
                    risk.flatMap(r -> r.optNonBlank("lgdMethod")),
                    risk.map(r -> r.optNumber("supervisoryLgd")).orElse(OptionalDouble.empty()));
        }

        /** The liquidation parameters of one patent type. */
        public record Liquidation(double fireSaleDiscount, double disposalCost, double yearsToSell, double discountRate) {
        }

        /** The valuation's discount rate, tax rate and revenue growth. */
        public record ValuationRates(double discountRate, double taxRate, double revenueGrowth) {
        }
    }

    /**
     * How the enterprise's revenue was attributed to its patents ({@code enterprise.revenueAttribution}; absent without
     * enterprise data): the summary sentence, each product with its revenue given and attributed and each patent's share
     * of it, and the totals (absent when the document does not record them).
     */
    public record Attribution(Optional<Sentence> summary, List<Product> products, OptionalDouble revenueGiven,
                              OptionalDouble totalAttributed) {
        public Attribution {
            Objects.requireNonNull(summary, "summary");
            products = List.copyOf(products);
        }

        static Attribution read(Field a) {
            List<Product> products = new ArrayList<>();
            for (Field p : a.optList("products")) {
                List<PatentShare> shares = new ArrayList<>();
                for (Field s : p.optList("patents")) {
                    shares.add(new PatentShare(s.text("patentNumber"), s.number("share")));
                }
                products.add(new Product(p.optNonBlank("product"), p.number("revenueGiven"), p.number("revenueAttributed"), shares));
            }
            return new Attribution(a.optSentence("summary"), products, a.optNumber("revenueGiven"),
                    a.optNumber("totalAttributed"));
        }

        /**
         * A product: its name (absent when the data name none; printed blank, as before it was typed), the revenue
         * given and attributed to patents, and each patent's share.
         */
        public record Product(Optional<String> product, double revenueGiven, double revenueAttributed, List<PatentShare> patents) {
            public Product {
                Objects.requireNonNull(product, "product");
                patents = List.copyOf(patents);
            }
        }

        /** A patent's share of a product's revenue. */
        public record PatentShare(String patentNumber, double share) {
            public PatentShare {
                Objects.requireNonNull(patentNumber, "patentNumber");
            }
        }
    }

    /**
     * The loan asked for, beside its amount and currency: the term in months, the purpose (absent when not given) and
     * the one loan timeline.
     */
    public record Loan(int termMonths, Optional<String> purpose, Timeline timeline) {
        public Loan {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(timeline, "timeline");
        }

        static Loan read(Field l) {
            return new Loan(l.integer("termMonths"), l.optNonBlank("purpose"), Timeline.read(l.at("timeline")));
        }
    }

    /**
     * The one loan timeline (ADR 0006): the valuation date, the start (drawdown), the maturity, the years from the
     * valuation date to maturity and the date of each checkpoint of the term.
     */
    public record Timeline(LocalDate valuationDate, LocalDate startDate, LocalDate maturityDate, double yearsToMaturity,
                           List<LocalDate> checkpoints) {
        public Timeline {
            Objects.requireNonNull(valuationDate, "valuationDate");
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(maturityDate, "maturityDate");
            checkpoints = List.copyOf(checkpoints);
        }

        static Timeline read(Field t) {
            List<LocalDate> checkpoints = new ArrayList<>();
            for (Field c : t.list("checkpoints")) {
                checkpoints.add(c.date("date"));
            }
            return new Timeline(t.date("valuationDate"), t.date("startDate"), t.date("maturityDate"),
                    t.number("yearsToMaturity"), checkpoints);
        }
    }

    /**
     * What the committee decides on (授信建议): the grade, the recommended and the largest loan, the amount graded (absent
     * in rows that did not record it), what limited the loan, the plausibility checks of the request, the reasons and
     * the conditions.
     */
    public record Recommendation(String grade, double recommendedLoan, double maxLoan, OptionalDouble gradedAmount,
                                 Optional<String> limitedBy, List<PlausibilityCheck> plausibility,
                                 List<Sentence> reasons, List<Sentence> conditions) {
        public Recommendation {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(limitedBy, "limitedBy");
            plausibility = List.copyOf(plausibility);
            reasons = List.copyOf(reasons);
            conditions = List.copyOf(conditions);
        }

        static Recommendation read(Field r) {
            List<PlausibilityCheck> checks = new ArrayList<>();
            for (Field f : r.optList("plausibility")) {
                checks.add(new PlausibilityCheck(f.bool("flagged"), Sentence.read(f.child("text"))));
            }
            return new Recommendation(r.text("grade"), r.number("recommendedLoan"), r.number("maxLoan"),
                    r.optNumber("gradedAmount"), Optional.ofNullable(r.optText("limitedBy")), checks,
                    r.sentences("reasons"), r.sentences("conditions"));
        }
    }

    /**
     * The weight each valuation method was configured with ({@code parameters.valuation.methodWeights}, method id →
     * weight), which the engine rescales over the methods a patent applies; absent when the document does not record
     * the valuation parameters.
     */
    public Optional<Map<String, Double>> configuredMethodWeights() {
        JsonNode w = tree.path("parameters").path("valuation").path("methodWeights");
        if (w.isMissingNode() || w.isNull()) {
            return Optional.empty();
        }
        Field f = new Field(w, "parameters.valuation.methodWeights");
        if (!w.isObject()) {
            throw new DocumentException(f.path() + " is " + w + ", not an object");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        w.fieldNames().forEachRemaining(id -> out.put(id, f.number(id)));
        return Optional.of(Collections.unmodifiableMap(out));
    }

    /** A plausibility check of the request (a loan above revenue or total assets): flagged or not, and why. */
    public record PlausibilityCheck(boolean flagged, Sentence text) {
        public PlausibilityCheck {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Credit risk: the PD and where it came from (absent in rows that did not record it), the figures for the requested
     * loan and, when anything is lent, for the recommended one, and the scorecard's terms when the PD came from it.
     */
    public record CreditRisk(double pd, Optional<String> pdSource, LossFigures requested,
                             Optional<LossFigures> recommended, List<ScorecardTerm> scorecard) {
        public CreditRisk {
            scorecard = List.copyOf(scorecard);
            Objects.requireNonNull(pdSource, "pdSource");
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(recommended, "recommended");
        }

        static CreditRisk read(Field top) {
            Field r = top.at("risk");
            String source = r.optText("pdSource");
            if (source == null) {
                // rows of the first releases kept the PD's source at the top
                source = top.optText("pdSource");
            }
            List<ScorecardTerm> terms = new ArrayList<>();
            // rows of the first releases kept the scorecard at the top
            List<Field> fields = top.optObject("scorecard").map(c -> c.optList("terms")).orElse(List.of());
            if (fields.isEmpty()) {
                fields = r.optObject("scorecard").map(c -> c.optList("terms")).orElse(List.of());
            }
            for (Field t : fields) {
                terms.add(ScorecardTerm.read(t));
            }
            return new CreditRisk(r.number("pd"), Optional.ofNullable(source), LossFigures.read(r),
                    r.optObject("recommended").map(LossFigures::read), terms);
        }
    }

    /**
     * The credit-risk figures of one loan amount: EAD, PD, LGD, one-year and lifetime EL, the bank's EL net of risk
     * sharing, the IRB figures (absent when not computed), regulatory capital and the minimum rate with its parts.
     */
    public record LossFigures(double ead, double pd, double lgd, double expectedLoss, double lifetimePd,
                              double lifetimeExpectedLoss, double bankNetLifetimeExpectedLoss, Irb irb, double capital,
                              MinimumRate minimumRate, Optional<SharedLoss> sharing) {
        public LossFigures {
            Objects.requireNonNull(irb, "irb");
            Objects.requireNonNull(minimumRate, "minimumRate");
            Objects.requireNonNull(sharing, "sharing");
        }

        static LossFigures read(Field r) {
            // rows of the first releases kept the IRB figures in an object of their own
            Optional<Field> nested = r.optObject("irb");
            Field rate = r.at("minimumRate");
            return new LossFigures(r.number("ead"), r.number("pd"), r.number("lgd"), r.number("expectedLoss"),
                    r.number("lifetimePd"), r.number("lifetimeExpectedLoss"), r.number("bankNetLifetimeExpectedLoss"),
                    new Irb(irb(r, nested, "correlation"), irb(r, nested, "maturityAdjustment"),
                            irb(r, nested, "capitalK"), irb(r, nested, "riskWeight"), irb(r, nested, "salesMeur")),
                    r.number("capital"),
                    new MinimumRate(rate.optNumber("fundingRate"), rate.optNumber("expectedLossRate"),
                            rate.optNumber("capitalCharge"), rate.optNumber("operatingCostRate"), rate.number("rate")),
                    r.optObject("riskSharing").map(SharedLoss::read));
        }

        private static OptionalDouble irb(Field r, Optional<Field> nested, String name) {
            OptionalDouble v = r.optNumber(name);
            return v.isPresent() || nested.isEmpty() ? v : nested.get().optNumber(name);
        }
    }

    /**
     * How the lifetime expected loss is shared ({@code riskSharing}; absent when the document records no scheme): each
     * party's part (absent when the document does not name the party) and what the bank keeps.
     */
    public record SharedLoss(OptionalDouble compensationFund, OptionalDouble insurer, OptionalDouble guarantor,
                             OptionalDouble appraiser, OptionalDouble aboveCaps, double bankNetExpectedLoss) {
        static SharedLoss read(Field s) {
            return new SharedLoss(s.optNumber("compensationFund"), s.optNumber("insurer"), s.optNumber("guarantor"),
                    s.optNumber("appraiser"), s.optNumber("aboveCaps"), s.number("bankNetExpectedLoss"));
        }
    }

    /**
     * The Basel IRB figures: asset correlation, maturity adjustment, capital requirement K and risk weight, and the
     * borrower's turnover in € m the firm-size adjustment used (absent: none given, so none applied).
     */
    public record Irb(OptionalDouble correlation, OptionalDouble maturityAdjustment, OptionalDouble capitalK,
                      OptionalDouble riskWeight, OptionalDouble salesMeur) {
    }

    /** The risk-based minimum rate and the parts it adds up (absent in rows that kept only the sum). */
    public record MinimumRate(OptionalDouble fundingRate, OptionalDouble expectedLossRate, OptionalDouble capitalCharge,
                              OptionalDouble operatingCostRate, double rate) {
    }

    /** One term of the PD scorecard: the variable, its value and reference, the coefficient and the contribution. */
    public record ScorecardTerm(String variable, double value, double reference, double coefficient,
                                double contribution) {
        public ScorecardTerm {
            Objects.requireNonNull(variable, "variable");
        }

        static ScorecardTerm read(Field t) {
            return new ScorecardTerm(t.text("variable"), t.number("value"), t.number("reference"),
                    t.number("coefficient"), t.number("contribution"));
        }
    }

    /**
     * What the report says of the pledgor and borrower among its data gaps: whether the enterprise's EBITDA is given,
     * and the pledgor's name when it was inferred from the patents' owners (no enterprise data).
     */
    public record Parties(boolean ebitdaGiven, Optional<String> pledgorName, boolean pledgorInferred,
                          Optional<String> enterpriseName, Optional<String> creditCode) {
        public Parties {
            Objects.requireNonNull(pledgorName, "pledgorName");
            Objects.requireNonNull(enterpriseName, "enterpriseName");
            Objects.requireNonNull(creditCode, "creditCode");
        }

        static Parties read(Field top) {
            Optional<Field> p = top.optObject("pledgor");
            Optional<Field> e = top.optObject("enterprise");
            return new Parties(e.map(f -> f.optNumber("ebitda").isPresent()).orElse(false),
                    p.map(f -> f.optText("name")), p.map(f -> f.optBool("inferred")).orElse(false),
                    e.flatMap(f -> f.optNonBlank("name")), e.flatMap(f -> f.optNonBlank("creditCode")));
        }

        /** Who the report is about: the enterprise, else the pledgor. */
        public Optional<String> name() {
            return enterpriseName.or(() -> pledgorName.filter(n -> !n.isBlank()));
        }
    }

    /**
     * The eligible collateral: market and liquidation value, advance rate, capacity, concentration (HHI), the
     * expected liquidation value at each checkpoint of the term, and the simulated value at maturity against the
     * requested loan (absent when not simulated) and against the recommended loan ({@code atMaturityRecommended}:
     * absent when nothing is recommended; {@code recommendedRecorded} false in documents before version 4, which did
     * not record it).
     */
    public record Collateral(double marketValue, double liquidationValue, double advanceRate, double capacity,
                             double hhi, OptionalDouble effectiveNumber, OptionalDouble diversificationHaircut,
                             List<Checkpoint> path, Optional<AtMaturity> atMaturity,
                             Optional<AtMaturity> atMaturityRecommended, boolean recommendedRecorded) {
        public Collateral {
            path = List.copyOf(path);
            Objects.requireNonNull(effectiveNumber, "effectiveNumber");
            Objects.requireNonNull(diversificationHaircut, "diversificationHaircut");
            Objects.requireNonNull(atMaturity, "atMaturity");
            Objects.requireNonNull(atMaturityRecommended, "atMaturityRecommended");
        }

        static Collateral read(Field c) {
            List<Checkpoint> path = new ArrayList<>();
            for (Field y : c.list("path")) {
                path.add(Checkpoint.read(y));
            }
            return new Collateral(c.number("marketValue"), c.number("liquidationValue"), c.number("advanceRate"),
                    c.number("capacity"), c.number("hhi"), c.optNumber("effectiveNumber"),
                    c.optNumber("diversificationHaircut"), path, atMaturity(c, "atMaturity"),
                    atMaturity(c, "atMaturityRecommended"), c.node().has("atMaturityRecommended"));
        }

        /** The expected liquidation value at each checkpoint of the term. */
        public List<Double> expectedValues() {
            return path.stream().map(Checkpoint::expectedValue).toList();
        }

        private static Optional<AtMaturity> atMaturity(Field c, String name) {
            return c.optObject(name).flatMap(m -> m.optNumber("probabilityCoverageBelowOne").isPresent()
                    ? Optional.of(new AtMaturity(m.text("date"), m.number("probabilityCoverageBelowOne"), m.optNumber("mean")))
                    : Optional.empty());
        }
    }

    /**
     * The collateral at one checkpoint of the term: its date, the loan year ({@code yearsFromStart}; documents saved
     * before the one timeline carry only {@code year}, years from the valuation date), the simulated and the expected
     * liquidation value and the coverage of the requested loan.
     */
    public record Checkpoint(String date, double loanYear, double value, double expectedValue, double coverage) {
        public Checkpoint {
            Objects.requireNonNull(date, "date");
        }

        static Checkpoint read(Field y) {
            OptionalDouble fromStart = y.optNumber("yearsFromStart");
            return new Checkpoint(y.text("date"), fromStart.isPresent() ? fromStart.getAsDouble() : y.number("year"),
                    y.number("value"), y.number("expectedValue"), y.number("coverage"));
        }
    }

    /**
     * A patent's part of the collateral pool: whether it can be pledged, its market and liquidation value, advance
     * rate and the amount advanced against it.
     */
    public record PatentCollateral(boolean eligible, double marketValue, double liquidationValue, double advanceRate,
                                   double advanceAmount, Optional<StatesShare> statesShare) {
        public PatentCollateral {
            Objects.requireNonNull(statesShare, "statesShare");
        }

        static PatentCollateral read(Field c) {
            return new PatentCollateral(c.bool("eligible"), c.number("marketValue"), c.number("liquidationValue"),
                    c.number("advanceRate"), c.number("advanceAmount"), c.optObject("statesShare").map(StatesShare::read));
        }

        /**
         * Whether it counts in the pool as the engine counts it (CollateralCalculator.ItemResult.countsAsCollateral):
         * eligible and given a liquidation value or an advance rate.
         */
        public boolean countsAsCollateral() {
            return eligible && (liquidationValue > 0 || advanceRate > 0);
        }
    }

    /**
     * Who holds a patent ({@code ownership}, version 8): each holder's name and share (absent when the register gives
     * none) and whether every co-owner's consent to the pledge is recorded (absent: not recorded). Absent as a whole
     * when the document does not record the holders (an older row whose portfolio was not at hand).
     */
    public record Ownership(List<Holder> owners, Optional<Boolean> pledgeConsent) {
        public Ownership {
            owners = List.copyOf(owners);
            Objects.requireNonNull(pledgeConsent, "pledgeConsent");
        }

        /** More than one holder: the pledge needs every co-owner's consent (专利法 art. 14). */
        public boolean coOwned() {
            return owners.size() > 1;
        }

        static Ownership read(Field f) {
            List<Holder> holders = new ArrayList<>();
            for (Field o : f.list("owners")) {
                holders.add(new Holder(o.text("name"), o.optNumber("share")));
            }
            JsonNode c = f.node().get("pledgeConsent");
            return new Ownership(holders, c == null || c.isNull() ? Optional.empty() : Optional.of(f.bool("pledgeConsent")));
        }
    }

    /** One holder of a patent and its share (absent when the register gives none). */
    public record Holder(String name, OptionalDouble share) {
        public Holder {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(share, "share");
        }
    }

    /**
     * The share of a European patent ended in some of its states that the collateral counts (version 7; absent for
     * any other patent and in an older row, which counted every patent whole): {@code kept} = alive / counted, whether
     * the states counted are the register's designation, and the states where it ended, in the order recorded.
     */
    public record StatesShare(double kept, int alive, int counted, boolean designated, List<String> ended) {
        public StatesShare {
            ended = List.copyOf(ended);
        }

        static StatesShare read(Field s) {
            List<String> ended = new ArrayList<>();
            for (Field e : s.list("ended")) {
                ended.add(e.text("state"));
            }
            return new StatesShare(s.number("kept"), s.integer("alive"), s.integer("counted"), s.bool("designated"),
                    ended);
        }
    }

    /**
     * The simulated value of the portfolio ({@code portfolioDistribution}; a version-1 row saved by the workbench kept
     * none): each statistic (absent when the document does not record it) and the histogram of the paths (absent
     * likewise).
     */
    public record Distribution(OptionalDouble deterministicValue, OptionalDouble mean, OptionalDouble std,
                               OptionalDouble p5, OptionalDouble p50, OptionalDouble p95, OptionalDouble standardError,
                               Optional<Histogram> histogram) {
        public Distribution {
            Objects.requireNonNull(histogram, "histogram");
        }

        static Distribution read(Field d) {
            return new Distribution(d.optNumber("deterministicValue"), d.optNumber("mean"), d.optNumber("std"),
                    d.optNumber("p5"), d.optNumber("p50"), d.optNumber("p95"), d.optNumber("standardError"),
                    d.optObject("histogram").map(Histogram::read));
        }
    }

    /** The histogram of the simulated values: the range and the number of paths in each of its equal bins. */
    public record Histogram(double min, double max, List<Integer> counts) {
        public Histogram {
            counts = List.copyOf(counts);
        }

        static Histogram read(Field h) {
            List<Integer> counts = new ArrayList<>();
            for (Field c : h.list("counts")) {
                counts.add(c.wholeNumber());
            }
            return new Histogram(h.number("min"), h.number("max"), counts);
        }
    }

    /** The simulated collateral at maturity: the date and the probability that it covers less than the exposure. */
    public record AtMaturity(String date, double probabilityCoverageBelowOne, OptionalDouble mean) {
        public AtMaturity {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(mean, "mean");
        }
    }

    /**
     * A stress scenario's result: its id, its name (a sentence; absent for rows that kept none), the loan amount it was
     * run for (absent in rows that did not record it: the requested loan), the market value and capacity of the
     * stressed pool, the lowest coverage over the term, the LTV (absent when the stressed pool has no value), the PD
     * and the one-year expected loss.
     */
    public record StressEntry(String scenario, Optional<Sentence> name, OptionalDouble loanAmount, double marketValue,
                              double capacity, double coverage, OptionalDouble ltv, double pd, double expectedLoss) {
        public StressEntry {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(loanAmount, "loanAmount");
            Objects.requireNonNull(ltv, "ltv");
        }

        static StressEntry read(Field s) {
            return new StressEntry(s.text("scenario"), s.optSentence("name"), s.optNumber("loanAmount"),
                    s.number("marketValue"), s.number("capacity"), s.number("coverage"), s.optNumber("ltv"),
                    s.number("pd"), s.number("expectedLoss"));
        }
    }

    /**
     * A patent's eligibility: the engine's outcome (pass, warning or fail), the reasons, and each rule's check (rows of
     * the first releases recorded no checks).
     */
    public record Eligibility(String status, List<Sentence> reasons, List<Check> checks) {
        public Eligibility {
            Objects.requireNonNull(status, "status");
            reasons = List.copyOf(reasons);
            checks = List.copyOf(checks);
        }

        static Eligibility read(Field e) {
            String status = e.text("status");
            if (!List.of("pass", "warning", "fail").contains(status)) {
                throw new DocumentException(e.path("status") + " is '" + status + "', not pass, warning or fail");
            }
            List<Check> checks = new ArrayList<>();
            for (Field c : e.optList("checks")) {
                checks.add(new Check(c.text("rule"), c.text("outcome"), c.optSentence("reason")));
            }
            return new Eligibility(status, e.sentences("reasons"), checks);
        }

        /** One rule's check: the rule, its outcome and why. */
        public record Check(String rule, String outcome, Optional<Sentence> reason) {
            public Check {
                Objects.requireNonNull(rule, "rule");
                Objects.requireNonNull(outcome, "outcome");
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /**
     * One patent as the report prints it: number, title, register entry, eligibility, quality, valuation, collateral and
     * which data inputs it gives.
     */
    public record PatentEntry(String number, String title, Register register, Eligibility eligibility, QualityEntry quality,
                              ValuationEntry valuation, Optional<PatentCollateral> collateral,
                              Map<DataInput, Presence> inputs, Optional<Ownership> ownership, JsonNode tree) {
        public PatentEntry {
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(ownership, "ownership");
            Objects.requireNonNull(collateral, "collateral");
            inputs = Collections.unmodifiableMap(new java.util.EnumMap<>(inputs));
        }

        /** Whether the patent can be pledged, as its collateral entry records (not when it has none). */
        public boolean pledgeable() {
            return collateral.map(PatentCollateral::eligible).orElse(false);
        }

        static PatentEntry read(Field p) {
            Map<DataInput, Presence> inputs = new java.util.EnumMap<>(DataInput.class);
            for (DataInput in : DataInput.values()) {
                inputs.put(in, p.presence(in.field));
            }
            return new PatentEntry(p.text("patentNumber"), Objects.requireNonNullElse(p.optText("title"), ""), Register.read(p),
                    Eligibility.read(p.at("eligibility")), QualityEntry.read(p.at("score")),
                    ValuationEntry.read(p.at("valuation")), p.optObject("collateral").map(PatentCollateral::read),
                    inputs, p.optObject("ownership").map(Ownership::read), p.node());
        }

        /** The patent's value; a patent not valued counts zero, as the engine counts it. */
        public double value() {
            return valuation.valued() ? valuation.value() : 0.0;
        }
    }

    /**
     * What the register records of a patent: its type and status codes, the IPC class, filing and expiry dates (absent
     * when not given; a version-1 workbench row kept no filing date) and the years of legal life left at the valuation
     * date (absent when no expiry is known).
     */
    public record Register(String type, String status, Optional<String> ipc, Optional<LocalDate> filingDate,
                           Optional<LocalDate> expiryDate, OptionalDouble remainingYears) {
        public Register {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(ipc, "ipc");
            Objects.requireNonNull(filingDate, "filingDate");
            Objects.requireNonNull(expiryDate, "expiryDate");
        }

        static Register read(Field p) {
            return new Register(p.text("type"), p.text("status"), p.optNonBlank("ipc"), p.optDate("filingDate"),
                    p.optDate("expiryDate"), p.optNumber("remainingYears"));
        }
    }

    /**
     * A patent's quality score (0–100): overall, and each dimension's (absent when the data scores none of its
     * indicators, e.g. no economic data), with the share of indicators the data supported (absent in older rows).
     */
    public record QualityEntry(OptionalDouble legal, OptionalDouble technical, OptionalDouble economic, double overall,
                               OptionalDouble confidence) {
        static QualityEntry read(Field s) {
            Field dims = s.at("dimensions");
            return new QualityEntry(dims.at("legal").optNumber("score"), dims.at("technical").optNumber("score"),
                    dims.at("economic").optNumber("score"), s.number("overall"), s.optNumber("confidence"));
        }
    }

    /** The patent inputs whose absence is a data gap the report names. */
    public enum DataInput {
        PRODUCT_REVENUE("productRevenue"), IPC("ipc"), ANNUAL_FEE_PAID_UNTIL("annualFeePaidUntil"), CITED_BY("citedBy");

        private final String field;

        DataInput(String field) {
            this.field = field;
        }
    }

    /**
     * Whether a patent's input was given: {@code NOT_RECORDED} when the document has no place for it (rows saved by
     * the workbench of the first release), {@code MISSING} when it has one but the input is empty.
     */
    public enum Presence {
        NOT_RECORDED, MISSING, GIVEN
    }

    /** A patent's valuation: the value, the simulated figures (absent when not simulated) and each method. */
    public record ValuationEntry(boolean valued, double value, OptionalDouble mean, OptionalDouble p5,
                                 OptionalDouble p50, OptionalDouble p95, OptionalDouble probabilityLost,
                                 List<MethodEntry> methods) {
        public ValuationEntry {
            methods = List.copyOf(methods);
        }

        static ValuationEntry read(Field v) {
            List<MethodEntry> methods = new ArrayList<>();
            for (Field m : v.list("methods")) {
                methods.add(MethodEntry.read(m));
            }
            return new ValuationEntry(v.bool("valued"), v.number("value"), v.optNumber("mean"), v.optNumber("p5"),
                    v.optNumber("p50"), v.optNumber("p95"), v.optNumber("probabilityLost"), methods);
        }
    }

    /**
     * One method's result (the value is present when applied): its id (a method this release names), whether applied, value and weight, why it was used
     * or skipped, its parameters and inputs by {@link ExplainKey}, its explanation and its cash flows.
     */
    public record MethodEntry(String id, boolean applied, OptionalDouble value, double weight, Optional<Sentence> reason,
                              Optional<Sentence> skipReason, Map<String, JsonNode> parameters,
                              Map<String, JsonNode> inputs, List<Sentence> explanation, List<CashFlow> cashFlows) {
        public MethodEntry {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
            explanation = List.copyOf(explanation);
            cashFlows = List.copyOf(cashFlows);
        }

        static MethodEntry read(Field m) {
            String id = m.text("method");
            if (!Text.bundle("valuation", Locale.ENGLISH).containsKey("valuation.method." + id)) {
                throw new DocumentException(m.path("method") + " is '" + id + "', a valuation method this release does not know");
            }
            // a version-1 row saved by the workbench kept neither explanations nor cash flows: none to print
            List<Sentence> explanation = new ArrayList<>();
            for (Field s : m.optList("explanation")) {
                explanation.add(Sentence.read(s));
            }
            List<CashFlow> flows = new ArrayList<>();
            for (Field c : m.optList("cashFlows")) {
                // each contributory asset's charge (excess earnings, version 4 on; none in older documents)
                Map<String, Double> charges = new LinkedHashMap<>();
                c.optObject("contributoryCharges").ifPresent(cc -> cc.node().fieldNames()
                        .forEachRemaining(name -> charges.put(name, cc.number(name))));
                flows.add(new CashFlow(c.integer("year"), c.number("periodEnd"), c.number("discountFactor"),
                        c.number("base"), c.number("share"), c.number("preTax"), c.number("afterTax"),
                        c.number("presentValue"), charges));
            }
            boolean applied = m.bool("applied");
            // a skipped method has no value (null); an applied one must have one
            OptionalDouble value = applied ? OptionalDouble.of(m.number("value")) : m.optNumber("value");
            return new MethodEntry(id, applied, value, m.number("weight"),
                    m.optSentence("reason"), m.optSentence("skipReason"), m.explained("parameters"),
                    m.explained("inputs"), explanation, flows);
        }

        /** The method's name ({@code valuation.method.<id>}) in {@code locale}. */
        public String name(Locale locale) {
            return Text.of("valuation.method." + id).render(locale);
        }
    }

    /**
     * One year of a method's cash-flow table; for excess earnings (documents of version 4 on) each contributory
     * asset's charge of the year, by asset, else none.
     */
    public record CashFlow(int year, double periodEnd, double discountFactor, double base, double share, double preTax,
                           double afterTax, double presentValue, Map<String, Double> contributoryCharges) {
        public CashFlow {
            contributoryCharges = Collections.unmodifiableMap(new LinkedHashMap<>(contributoryCharges));
        }
    }

    /**
     * A sentence of the document: a bundle key with arguments, printed in the reader's language, or (a workbench row
     * of version 1) a text fixed in the language it was saved in.
     */
    public sealed interface Sentence {
        record Keyed(String key, List<Object> args) implements Sentence {
            public Keyed {
                Objects.requireNonNull(key, "key");
                args = Collections.unmodifiableList(new ArrayList<>(args));
            }
        }

        record Fixed(String text) implements Sentence {
            public Fixed {
                Objects.requireNonNull(text, "text");
            }
        }

        static Sentence read(Field f) {
            JsonNode n = f.node();
            if (n.isTextual()) {
                return new Fixed(n.asText());
            }
            if (n.isObject() && n.hasNonNull("key")) {
                List<Object> args = new ArrayList<>();
                for (JsonNode a : n.path("args")) {
                    args.add(a.isNumber() ? (Object) a.numberValue() : a.isNull() ? null : a.isTextual() ? a.asText() : a.toString());
                }
                return new Keyed(n.get("key").asText(), args);
            }
            throw new DocumentException(f.path() + " is " + n + ", not a sentence (a bundle key with arguments, or a text)");
        }
    }

    /** A node of the document with its path, for reads that name what is missing. */
    static final class Field {
        private final JsonNode node;
        private final String path;

        Field(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        JsonNode node() {
            return node;
        }

        String path() {
            return path.isEmpty() ? "the document" : path;
        }

        String path(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        private JsonNode required(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw new DocumentException(path(name) + " is missing from the assessment document");
            }
            return v;
        }

        Field at(String name) {
            JsonNode v = required(name);
            if (!v.isObject()) {
                throw new DocumentException(path(name) + " is " + v + ", not an object");
            }
            return new Field(v, path(name));
        }

        List<Field> list(String name) {
            JsonNode v = required(name);
            if (!v.isArray()) {
                throw new DocumentException(path(name) + " is " + v + ", not a list");
            }
            List<Field> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                out.add(new Field(v.get(i), path(name) + "[" + i + "]"));
            }
            return out;
        }

        /** Whether {@code name} has a place in the document and, if so, whether it holds a value (a blank text does not). */
        Presence presence(String name) {
            JsonNode v = node.get(name);
            if (v == null) {
                return Presence.NOT_RECORDED;
            }
            return v.isNull() || v.isTextual() && v.asText().isBlank() ? Presence.MISSING : Presence.GIVEN;
        }

        /** {@code name} as true or false; false when missing or null. */
        boolean optBool(String name) {
            JsonNode v = node.get(name);
            return v != null && !v.isNull() && bool(name);
        }

        /** The object {@code name}, absent when missing or null. */
        Optional<Field> optObject(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? Optional.empty() : Optional.of(at(name));
        }

        /** The value {@code name}, present (it may be any kind; the caller reads it). */
        Field child(String name) {
            return new Field(required(name), path(name));
        }

        /** The list of sentences {@code name} (an empty list when missing or null). */
        List<Sentence> sentences(String name) {
            List<Sentence> out = new ArrayList<>();
            for (Field s : optList(name)) {
                out.add(Sentence.read(s));
            }
            return out;
        }

        List<Field> optList(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? List.of() : list(name);
        }

        String text(String name) {
            JsonNode v = required(name);
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new DocumentException(path(name) + " is " + v + ", not a text");
            }
            return v.asText();
        }

        /** The text {@code name}, absent when missing, null or blank. */
        Optional<String> optNonBlank(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(text(name));
        }

        String optText(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : text(name);
        }

        double number(String name) {
            JsonNode v = required(name);
            if (!v.isNumber()) {
                throw new DocumentException(path(name) + " is " + v + ", not a number");
            }
            return v.asDouble();
        }

        OptionalDouble optNumber(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? OptionalDouble.empty() : OptionalDouble.of(number(name));
        }

        /** This node as a whole number (an element of a list). */
        int wholeNumber() {
            if (!node.canConvertToInt() || !node.isIntegralNumber()) {
                throw new DocumentException(path() + " is " + node + ", not a whole number");
            }
            return node.asInt();
        }

        int integer(String name) {
            JsonNode v = required(name);
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw new DocumentException(path(name) + " is " + v + ", not a whole number");
            }
            return v.asInt();
        }

        long whole(String name) {
            JsonNode v = required(name);
            if (!v.isIntegralNumber()) {
                throw new DocumentException(path(name) + " is " + v + ", not a whole number");
            }
            return v.asLong();
        }

        boolean bool(String name) {
            JsonNode v = required(name);
            if (!v.isBoolean()) {
                throw new DocumentException(path(name) + " is " + v + ", not true or false");
            }
            return v.asBoolean();
        }

        LocalDate date(String name) {
            String s = text(name);
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new DocumentException(path(name) + " is '" + s + "', not a date (yyyy-mm-dd)", e);
            }
        }

        Optional<LocalDate> optDate(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? Optional.empty() : Optional.of(date(name));
        }

        Optional<Sentence> optSentence(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? Optional.empty() : Optional.of(Sentence.read(new Field(v, path(name))));
        }

        /** A map of method parameters or inputs: each name an {@link ExplainKey}, else an error naming it. */
        Map<String, JsonNode> explained(String name) {
            JsonNode v = node.get(name);
            Map<String, JsonNode> out = new LinkedHashMap<>();
            if (v == null || v.isNull()) {
                return out;
            }
            if (!v.isObject()) {
                throw new DocumentException(path(name) + " is " + v + ", not an object");
            }
            v.fields().forEachRemaining(e -> {
                if (ExplainKey.find(e.getKey()).isEmpty()) {
                    throw new DocumentException(path(name) + "." + e.getKey()
                            + " is no parameter or input a valuation method of this release writes");
                }
                out.put(e.getKey(), e.getValue());
            });
            return out;
        }
    }
}
