package io.pledgebench.assessment;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.UnifiedSocialCreditCode;
import io.pledgebench.risk.RiskParameters;
import io.pledgebench.risk.RiskSharing;
import io.pledgebench.domain.ComparableTransaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A saved assessment's inputs and parameters read back from the tree {@link Assessment#hashedTree} wrote (parsed
 * JSON: maps, lists, strings, numbers), so that a booked loan is revalued with what it was assessed on. The inputs
 * are read exactly ({@link #inputs()} hashes to the saved input hash with the parameters it was saved with). The
 * parameters are the defaults with the choices the command line and the workbench can make (risk-sharing scheme,
 * exchange rate for the SME adjustment); {@link #parametersAsAssessed()} says whether that rebuilds the saved
 * parameters exactly (stress scenarios aside, which a revaluation does not run) or the current defaults stand in.
 */
public record SavedInputs(AssessmentInputs inputs, AssessmentParameters parameters, boolean parametersAsAssessed) {

    public SavedInputs {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** Reads {@code {"inputs": …, "parameters": …}} as saved. */
    public static SavedInputs read(Map<String, Object> hashedTree) {
        Map<String, Object> in = map(hashedTree, "inputs");
        Map<String, Object> params = map(hashedTree, "parameters");
        AssessmentInputs inputs = inputs(in);
        AssessmentParameters p = parameters(params);
        boolean same = normalised(withoutStress(p.toMap())).equals(normalised(withoutStress(params)));
        return new SavedInputs(inputs, p, same);
    }

    private static Map<String, Object> withoutStress(Map<String, Object> params) {
        Map<String, Object> m = new LinkedHashMap<>(params);
        m.remove("stress");
        return m;
    }

    /** The tree with every number as its exact decimal without trailing zeros, so 1.0E-4 and 0.00010 compare equal. */
    private static Object normalised(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normalised(x)));
            return out;
        }
        if (v instanceof java.util.Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(x -> out.add(normalised(x)));
            return out;
        }
        if (v instanceof Double d && !Double.isFinite(d)) {
            return d.toString();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        return v;
    }

    static AssessmentParameters parameters(Map<String, Object> params) {
        AssessmentParameters p = AssessmentParameters.defaults();
        Map<String, Object> risk = params.get("risk") instanceof Map<?, ?> ? map(params, "risk") : Map.of();
        RiskParameters rp = p.risk();
        if (risk.get("riskSharing") instanceof Map<?, ?>) {
            Map<String, Object> rs = map(risk, "riskSharing");
            String id = String.valueOf(rs.get("id"));
            RiskSharing.Scheme scheme = RiskSharing.Scheme.preset(id).orElseGet(() -> RiskSharing.Scheme.custom(
                    number(rs.get("compensationFund")), number(rs.get("insurer")), number(rs.get("guarantor"))));
            rp = rp.withRiskSharing(scheme);
        }
        if (risk.get("currencyPerEur") instanceof Number n) {
            rp = rp.withCurrencyPerEur(n.doubleValue());
        }
        return p.withRisk(rp);
    }

    static AssessmentInputs inputs(Map<String, Object> in) {
        Map<String, Object> pf = map(in, "portfolio");
        String currency = str(pf, "currency");
        Enterprise enterprise = pf.get("enterprise") == null ? null : enterprise(map(pf, "enterprise"));
        List<Patent> patents = new ArrayList<>();
        for (Object o : list(pf, "patents")) {
            patents.add(patent(cast(o)));
        }
        Map<String, Object> loan = map(in, "loan");
        LoanRequest request = new LoanRequest(decimal(loan.get("amount")), str(loan, "currency"),
                ((Number) loan.get("termMonths")).intValue(), date(loan.get("startDate")), str(loan, "purpose"),
                date(loan.get("portfolioValuationDate")));
        Portfolio portfolio = new Portfolio(str(pf, "name"), enterprise, patents, null, currency, null);
        List<ComparableTransaction> comparables = new ArrayList<>();
        for (Object o : list(in, "comparables")) {
            Map<String, Object> c = cast(o);
            comparables.add(new ComparableTransaction(null, str(c, "reference"), str(c, "description"),
                    date(c.get("date")), decimal(c.get("price")), str(c, "currency"),
                    PatentType.parse(str(c, "patentType")).orElseThrow(), str(c, "ipc"),
                    dbl(c.get("remainingLife")), str(c, "source")));
        }
        Set<String> accepted = new HashSet<>();
        if (in.get("acceptedPendingInvalidation") instanceof List<?> l) {
            l.forEach(x -> accepted.add(String.valueOf(x)));
        }
        Object pd = in.get("pdOverride");
        return new AssessmentInputs(portfolio, request, date(in.get("asOf")), ((Number) in.get("seed")).longValue(),
                ((Number) in.get("paths")).intValue(), pd == null ? null : ((Number) pd).doubleValue(), comparables,
                accepted);
    }

    private static Enterprise enterprise(Map<String, Object> e) {
        if (e.get("name") == null) {
            return null;
        }
        Object code = e.get("creditCode");
        return new Enterprise(str(e, "name"), code == null ? null : new UnifiedSocialCreditCode(code.toString()),
                str(e, "industry"), dbl(e.get("yearsInBusiness")), decimal(e.get("revenue")), decimal(e.get("ebitda")),
                decimal(e.get("totalAssets")), decimal(e.get("totalLiabilities")), decimal(e.get("interestExpense")),
                decimal(e.get("rdExpense")), decimal(e.get("annualDebtService")), integer(e.get("overdueRecords")),
                dbl(e.get("pd")));
    }

    private static Patent patent(Map<String, Object> m) {
        PatentNumber number = PatentNumber.parse(str(m, "number"));
        PatentType type = PatentType.parse(str(m, "type")).orElseThrow(
                () -> new IllegalArgumentException("saved patent " + m.get("number") + ": type " + m.get("type")));
        LegalStatus status = LegalStatus.parse(str(m, "status")).orElseThrow(
                () -> new IllegalArgumentException("saved patent " + m.get("number") + ": status " + m.get("status")));
        List<Owner> owners = new ArrayList<>();
        for (Object o : list(m, "owners")) {
            Map<String, Object> om = cast(o);
            owners.add(new Owner(str(om, "name"), dbl(om.get("share"))));
        }
        List<LegalEvent> events = new ArrayList<>();
        for (Object o : list(m, "events")) {
            Map<String, Object> em = cast(o);
            events.add(new LegalEvent(date(em.get("date")), LegalEvent.Kind.valueOf(str(em, "kind")), str(em, "code"),
                    str(em, "country"), str(em, "description"), str(em, "source")));
        }
        return new Patent(number, str(m, "title"), type, date(m.get("filingDate")), date(m.get("grantDate")),
                date(m.get("expiryDate")), status, owners, date(m.get("annualFeePaidUntil")), str(m, "ipc"),
                integer(m.get("independentClaims")), integer(m.get("totalClaims")), integer(m.get("familySize")),
                integer(m.get("citedBy")), decimal(m.get("productRevenue")), decimal(m.get("licenceRevenue")),
                dbl(m.get("royaltyRate")), dbl(m.get("openLicenceRoyalty")), (Boolean) m.get("productRecorded"),
                date(m.get("inUseSince")), decimal(m.get("replacementCost")), dbl(m.get("economicLifeYears")),
                (Boolean) m.get("pledgeConsent"), str(m, "product"), dbl(m.get("contributionWeight")), events);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        if (!(o instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("saved assessment inputs: expected an object, found " + o);
        }
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return cast(m.get(key));
    }

    private static List<?> list(Map<String, Object> m, String key) {
        Object o = m.get(key);
        return o instanceof List<?> l ? l : List.of();
    }

    private static String str(Map<String, Object> m, String key) {
        Object o = m.get(key);
        return o == null ? null : o.toString();
    }

    /**
     * A saved date. The documents hold ISO dates (yyyy-mm-dd), read here digit by digit: {@code LocalDate.parse}'s
     * formatter was a quarter of reading 100,000 saved patents back for a monitoring run. Anything else goes through
     * {@code LocalDate.parse}; an impossible day is refused by either.
     */
    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        String s = o.toString();
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    /** The decimal number written by the ASCII digits s[from, to), or −1 when one is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static BigDecimal decimal(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static double number(Object o) {
        return o == null ? 0.0 : ((Number) o).doubleValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
