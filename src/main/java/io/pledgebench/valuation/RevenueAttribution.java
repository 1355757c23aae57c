package io.pledgebench.valuation;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which part of the company's revenue each patent's income methods may use (SPEC rev. 2, "Value attribution"), and
 * the reconciliation of the attributed revenue against the company's revenue.
 *
 * <p>Rules: patents naming the same {@code product} share that product's revenue — in proportion to their
 * {@code contribution_weight} when every one of them gives one, else equally — so adding patents to one product never
 * multiplies its income. A patent without a product is a product of its own. The product's revenue is the smallest
 * revenue its patents give (a lender does not pick the largest of inconsistent figures; a note names the
 * discrepancy). When the products' revenues add up to more than the enterprise's revenue, every product is scaled
 * down pro rata by {@code companyRevenue / revenueGiven}, and a note says so. Only patents that can be valued (in
 * force or pending) take part: a lapsed patent's product is protected by the patents that remain.
 *
 * <p>Figures: {@code method} — how revenue was attributed (shared by product or per patent; scaled or not);
 * {@code companyRevenue} — the enterprise's revenue, null when unknown (then nothing is scaled); {@code revenueGiven}
 * — Σ over products of the product revenue given, each product counted once; {@code totalAttributed} — Σ of the
 * attributed revenues = revenueGiven × scaleFactor; {@code scaleFactor} — 1, or companyRevenue / revenueGiven when
 * the products' revenues exceed the company's; {@code products} — one line per product (or per patent without a
 * product), in portfolio order; {@code notes} — what the assessment must say (scaling, unequal figures, weights).
 */
public final class RevenueAttribution {

    private final Method method;
    private final Double companyRevenue;
    private final double revenueGiven;
    private final double totalAttributed;
    private final double scaleFactor;
    private final List<Product> products;
    private final List<Text> notes;
    private final Map<String, PatentShare> byPatent = new HashMap<>();

    /** How the revenue was attributed; {@link #summary()} names it. */
    public enum Method {
        /** Each patent's product revenue as given: no product column, and no more than the company's revenue. */
        AS_GIVEN("as_given"),
        /** Patents naming the same product share its revenue. */
        BY_PRODUCT("by_product"),
        /** No product column; the patents' product revenues exceeded the company's revenue and were scaled. */
        PRO_RATA("pro_rata"),
        /** Shared by product, and the products' revenues exceeded the company's revenue and were scaled. */
        BY_PRODUCT_PRO_RATA("by_product_pro_rata");

        private final String code;

        Method(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One product: the revenue given for it, the revenue attributed to its patents together (given × scale factor)
     * and each patent's part. {@code name} is null for a patent that names no product.
     */
    public record Product(String name, double revenueGiven, double revenueAttributed, List<PatentShare> patents) {
        public Product {
            patents = List.copyOf(patents);
        }
    }

    /**
     * One patent's part of its product: the product (null when the patent names none), its weight as given (null when
     * not given or not used), its share of the product (Σ over the product = 1), the product's revenue, the scale
     * factor, the revenue the patent gave and the revenue attributed to it = productRevenue × share × scaleFactor.
     */
    public record PatentShare(String patentNumber, String product, Double contributionWeight, double share,
                              double productRevenue, double scaleFactor, double revenueGiven,
                              double revenueAttributed) {
    }

    public RevenueAttribution(Method method, Double companyRevenue, double revenueGiven, double totalAttributed,
                              double scaleFactor, List<Product> products, List<Text> notes) {
        this.method = Objects.requireNonNull(method, "method");
        this.companyRevenue = companyRevenue;
        this.revenueGiven = revenueGiven;
        this.totalAttributed = totalAttributed;
        this.scaleFactor = scaleFactor;
        this.products = List.copyOf(products);
        this.notes = List.copyOf(notes);
        for (Product p : this.products) {
            for (PatentShare s : p.patents()) {
                byPatent.putIfAbsent(s.patentNumber(), s);
            }
        }
    }

    public Method method() {
        return method;
    }

    public Double companyRevenue() {
        return companyRevenue;
    }

    public double revenueGiven() {
        return revenueGiven;
    }

    public double totalAttributed() {
        return totalAttributed;
    }

    public double scaleFactor() {
        return scaleFactor;
    }

    public List<Product> products() {
        return products;
    }

    public List<Text> notes() {
        return notes;
    }

    /** No attribution: every patent's product revenue is used as given. */
    public static RevenueAttribution none() {
        return new RevenueAttribution(Method.AS_GIVEN, null, 0, 0, 1, List.of(), List.of());
    }

    /** The attribution of a portfolio's product revenues, given the enterprise (null when unknown). */
    public static RevenueAttribution of(List<Patent> patents, Enterprise enterpriseOrNull) {
        Map<String, List<Patent>> groups = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean byProduct = false;
        for (Patent p : patents) {
            if (p.productRevenue() == null || !valuable(p) || !seen.add(p.number().canonical())) {
                continue;
            }
            String key;
            if (p.product() == null) {
                key = "patent:" + p.number().canonical();
            } else {
                byProduct = true;
                key = "product:" + productKey(p.product());
                names.putIfAbsent(key, p.product());
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Text> notes = new ArrayList<>();
        double given = 0;
        Map<String, Double> revenueOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<Patent>> g : groups.entrySet()) {
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (Patent p : g.getValue()) {
                double r = p.productRevenue().doubleValue();
                min = Math.min(min, r);
                max = Math.max(max, r);
            }
            if (max > min) {
                notes.add(Text.of("valuation.attribution.unequalRevenue", names.get(g.getKey()), min, max));
            }
            revenueOf.put(g.getKey(), min);
            given += min;
        }
        Double company = enterpriseOrNull == null || enterpriseOrNull.revenue() == null
                || enterpriseOrNull.revenue().signum() <= 0 ? null : enterpriseOrNull.revenue().doubleValue();
        double factor = company != null && given > company ? company / given : 1.0;
        List<Product> products = new ArrayList<>();
        for (Map.Entry<String, List<Patent>> g : groups.entrySet()) {
            List<Patent> members = g.getValue();
            String name = names.get(g.getKey());
            double productRevenue = revenueOf.get(g.getKey());
            double[] weights = weights(members, name, notes);
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            List<PatentShare> shares = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                Patent p = members.get(i);
                double share = weights[i] / sum;
                boolean weighted = members.stream().allMatch(m -> m.contributionWeight() != null) && members.size() > 1
                        && sum > 0;
                shares.add(new PatentShare(p.number().canonical(), name, weighted ? p.contributionWeight() : null, share,
                        productRevenue, factor, p.productRevenue().doubleValue(), productRevenue * factor * share));
            }
            products.add(new Product(name, productRevenue, productRevenue * factor, shares));
        }
        Method method;
        if (factor < 1) {
            method = byProduct ? Method.BY_PRODUCT_PRO_RATA : Method.PRO_RATA;
            notes.add(0, Text.of("valuation.attribution.scaled", given, company, factor));
        } else {
            method = byProduct ? Method.BY_PRODUCT : Method.AS_GIVEN;
        }
        if (company == null && given > 0) {
            notes.add(Text.of("valuation.attribution.noCompanyRevenue", given));
        }
        return new RevenueAttribution(method, company, given, given * factor, factor, products, notes);
    }

    /** Weights of a product's patents: the given ones when all give one (and they do not sum to 0), else equal. */
    private static double[] weights(List<Patent> members, String product, List<Text> notes) {
        double[] w = new double[members.size()];
        long given = members.stream().filter(p -> p.contributionWeight() != null).count();
        double sum = members.stream().filter(p -> p.contributionWeight() != null)
                .mapToDouble(Patent::contributionWeight).sum();
        boolean useGiven = given == members.size() && sum > 0;
        if (members.size() > 1 && given > 0 && !useGiven) {
            notes.add(Text.of("valuation.attribution.weightsIgnored", product, given, members.size()));
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = useGiven ? members.get(i).contributionWeight() : 1.0;
        }
        return w;
    }

    /** Spelling-insensitive product key: NFKC (full-width letters), case and inner white space do not matter. */
    static String productKey(String product) {
        return Normalizer.normalize(product, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** The patents the engine values (in force or pending), as in {@link ValuationEngine#value}. */
    private static boolean valuable(Patent p) {
        return p.status().inForce() || p.status() == LegalStatus.APPLICATION;
    }

    /** The part of a patent, by canonical number; empty when the patent had no product revenue or was not valued. */
    public Optional<PatentShare> share(String canonicalPatentNumber) {
        return Optional.ofNullable(byPatent.get(canonicalPatentNumber));
    }

    /**
     * The part of this patent: by number, and only when the share was computed from the same product and revenue (a
     * patent that was not part of the attributed portfolio under that number is used as given).
     */
    public Optional<PatentShare> share(Patent p) {
        PatentShare s = byPatent.get(p.number().canonical());
        if (s == null || p.productRevenue() == null || s.revenueGiven() != p.productRevenue().doubleValue()
                || !java.util.Objects.equals(s.product() == null ? null : productKey(s.product()),
                p.product() == null ? null : productKey(p.product()))) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Whether the revenues were scaled down to the company's revenue. */
    public boolean scaled() {
        return scaleFactor < 1;
    }

    /** The reconciliation in one sentence: attributed revenue against company revenue, method and scale factor. */
    public Text summary() {
        if (companyRevenue == null) {
            return Text.of("valuation.attribution.summaryNoCompany", totalAttributed, method.ordinal());
        }
        return Text.of("valuation.attribution.summary", totalAttributed, companyRevenue,
                totalAttributed / companyRevenue, method.ordinal(), scaleFactor);
    }

    /**
     * What an assessment says about the attribution: the reconciliation ({@link #summary()}) and the notes, or
     * nothing when no patent gives a product revenue.
     */
    public List<Text> assessmentNotes() {
        if (products.isEmpty()) {
            return List.of();
        }
        List<Text> out = new ArrayList<>();
        out.add(summary());
        out.addAll(notes);
        return out;
    }

    /** For JSON and the stored assessment: totals, method, factor and per product and patent the revenues. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method.code());
        m.put("companyRevenue", companyRevenue);
        m.put("revenueGiven", revenueGiven);
        m.put("totalAttributed", totalAttributed);
        m.put("scaleFactor", scaleFactor);
        List<Object> ps = new ArrayList<>();
        for (Product p : products) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("product", p.name());
            pm.put("revenueGiven", p.revenueGiven());
            pm.put("revenueAttributed", p.revenueAttributed());
            List<Object> sm = new ArrayList<>();
            for (PatentShare s : p.patents()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("patentNumber", s.patentNumber());
                one.put("contributionWeight", s.contributionWeight());
                one.put("share", s.share());
                one.put("revenueAttributed", s.revenueAttributed());
                sm.add(one);
            }
            pm.put("patents", sm);
            ps.add(pm);
        }
        m.put("products", ps);
        return Collections.unmodifiableMap(m);
    }
}
