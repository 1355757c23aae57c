package io.pledgebench.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One patent of a portfolio with the facts an appraiser and a credit officer need. Optional facts
 * that the source does not give are {@code null}; nothing is invented. Amounts are in the
 * portfolio's currency. {@code product} names the product (or product code) whose revenue {@code productRevenue}
 * is; patents naming the same product share that revenue, in proportion to {@code contributionWeight} when every
 * one of them gives it, else equally (SPEC rev. 2, "Value attribution").
 */
public record Patent(
        PatentNumber number,
        String title,
        PatentType type,
        LocalDate filingDate,
        LocalDate grantDate,
        LocalDate expiryDate,
        LegalStatus status,
        List<Owner> owners,
        LocalDate annualFeePaidUntil,
        String ipc,
        Integer independentClaims,
        Integer totalClaims,
        Integer familySize,
        Integer citedBy,
        BigDecimal productRevenue,
        BigDecimal licenceRevenue,
        Double royaltyRate,
        Double openLicenceRoyalty,
        Boolean productRecorded,
        LocalDate inUseSince,
        BigDecimal replacementCost,
        Double economicLifeYears,
        Boolean pledgeConsent,
        String product,
        Double contributionWeight,
        List<LegalEvent> events) {

    public Patent {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        owners = owners == null ? List.of() : List.copyOf(owners);
        events = events == null ? List.of() : List.copyOf(events);
        title = title == null ? "" : title;
        productRevenue = Money.canonical(productRevenue);
        licenceRevenue = Money.canonical(licenceRevenue);
        replacementCost = Money.canonical(replacementCost);
        product = product == null || product.isBlank() ? null : product.strip();
        if (contributionWeight != null && !(contributionWeight >= 0 && Double.isFinite(contributionWeight))) {
            throw new IllegalArgumentException("contribution weight must be a non-negative number, was " + contributionWeight);
        }
        if (filingDate != null && grantDate != null && grantDate.isBefore(filingDate)) {
            throw new IllegalArgumentException("grant date " + grantDate + " precedes filing date " + filingDate);
        }
        if (independentClaims != null && totalClaims != null && independentClaims > totalClaims) {
            throw new IllegalArgumentException("independent claims " + independentClaims + " exceed total claims " + totalClaims);
        }
        double shares = 0;
        for (Owner o : owners) {
            if (o.share() != null) {
                shares += o.share();
            }
        }
        if (shares > 1.0 + 1e-9) {
            throw new IllegalArgumentException("owner shares add up to " + shares + ", more than 1");
        }
    }

    public String jurisdiction() {
        return number.jurisdiction();
    }

    /** Legal expiry: the override or the statutory term ({@link LegalTerm}). */
    public Optional<LocalDate> legalExpiry() {
        return LegalTerm.expiry(this);
    }

    public boolean coOwned() {
        return owners.size() > 1;
    }

    /**
     * Share held by the owner whose name matches {@code name} (spelling-insensitive): the recorded share,
     * else an equal part; 0 if not an owner.
     */
    public double shareOf(String name) {
        String key = Owner.normalizeName(name);
        double unassigned = 1.0;
        int withoutShare = 0;
        for (Owner o : owners) {
            if (o.share() != null) {
                unassigned -= o.share();
            } else {
                withoutShare++;
            }
        }
        for (Owner o : owners) {
            if (o.key().equals(key)) {
                if (o.share() != null) {
                    return o.share();
                }
                return Math.max(0.0, unassigned) / withoutShare;
            }
        }
        return 0.0;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder(PatentNumber number, PatentType type, LegalStatus status) {
        return new Builder(number, type, status);
    }

    /** Builder for imports, which fill a patent field by field. */
    public static final class Builder {
        private PatentNumber number;
        private String title;
        private PatentType type;
        private LocalDate filingDate;
        private LocalDate grantDate;
        private LocalDate expiryDate;
        private LegalStatus status;
        private List<Owner> owners = new ArrayList<>();
        private LocalDate annualFeePaidUntil;
        private String ipc;
        private Integer independentClaims;
        private Integer totalClaims;
        private Integer familySize;
        private Integer citedBy;
        private BigDecimal productRevenue;
        private BigDecimal licenceRevenue;
        private Double royaltyRate;
        private Double openLicenceRoyalty;
        private Boolean productRecorded;
        private LocalDate inUseSince;
        private BigDecimal replacementCost;
        private Double economicLifeYears;
        private Boolean pledgeConsent;
        private String product;
        private Double contributionWeight;
        private List<LegalEvent> events = new ArrayList<>();

        private Builder(PatentNumber number, PatentType type, LegalStatus status) {
            this.number = number;
            this.type = type;
            this.status = status;
        }

        private Builder(Patent p) {
            number = p.number; title = p.title; type = p.type; filingDate = p.filingDate; grantDate = p.grantDate;
            expiryDate = p.expiryDate; status = p.status; owners = new ArrayList<>(p.owners);
            annualFeePaidUntil = p.annualFeePaidUntil; ipc = p.ipc; independentClaims = p.independentClaims;
            totalClaims = p.totalClaims; familySize = p.familySize; citedBy = p.citedBy;
            productRevenue = p.productRevenue; licenceRevenue = p.licenceRevenue; royaltyRate = p.royaltyRate;
            openLicenceRoyalty = p.openLicenceRoyalty; productRecorded = p.productRecorded; inUseSince = p.inUseSince;
            replacementCost = p.replacementCost; economicLifeYears = p.economicLifeYears;
            pledgeConsent = p.pledgeConsent; product = p.product; contributionWeight = p.contributionWeight;
            events = new ArrayList<>(p.events);
        }

        public Builder number(PatentNumber v) { number = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder type(PatentType v) { type = v; return this; }
        public Builder filingDate(LocalDate v) { filingDate = v; return this; }
        public Builder grantDate(LocalDate v) { grantDate = v; return this; }
        public Builder expiryDate(LocalDate v) { expiryDate = v; return this; }
        public Builder status(LegalStatus v) { status = v; return this; }
        public Builder owners(List<Owner> v) { owners = new ArrayList<>(v); return this; }
        public Builder addOwner(Owner v) { owners.add(v); return this; }
        public Builder annualFeePaidUntil(LocalDate v) { annualFeePaidUntil = v; return this; }
        public Builder ipc(String v) { ipc = v; return this; }
        public Builder independentClaims(Integer v) { independentClaims = v; return this; }
        public Builder totalClaims(Integer v) { totalClaims = v; return this; }
        public Builder familySize(Integer v) { familySize = v; return this; }
        public Builder citedBy(Integer v) { citedBy = v; return this; }
        public Builder productRevenue(BigDecimal v) { productRevenue = v; return this; }
        public Builder licenceRevenue(BigDecimal v) { licenceRevenue = v; return this; }
        public Builder royaltyRate(Double v) { royaltyRate = v; return this; }
        public Builder openLicenceRoyalty(Double v) { openLicenceRoyalty = v; return this; }
        public Builder productRecorded(Boolean v) { productRecorded = v; return this; }
        public Builder inUseSince(LocalDate v) { inUseSince = v; return this; }
        public Builder replacementCost(BigDecimal v) { replacementCost = v; return this; }
        public Builder economicLifeYears(Double v) { economicLifeYears = v; return this; }
        public Builder pledgeConsent(Boolean v) { pledgeConsent = v; return this; }
        public Builder product(String v) { product = v; return this; }
        public Builder contributionWeight(Double v) { contributionWeight = v; return this; }
        public Builder events(List<LegalEvent> v) { events = new ArrayList<>(v); return this; }
        public Builder addEvent(LegalEvent v) { events.add(v); return this; }

        public Patent build() {
            return new Patent(number, title, type, filingDate, grantDate, expiryDate, status, owners,
                    annualFeePaidUntil, ipc, independentClaims, totalClaims, familySize, citedBy, productRevenue,
                    licenceRevenue, royaltyRate, openLicenceRoyalty, productRecorded, inUseSince, replacementCost,
                    economicLifeYears, pledgeConsent, product, contributionWeight, events);
        }
    }
}
