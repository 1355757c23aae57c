package io.pledgebench.scoring;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a patent's quality in the legal / technical / economic structure of GB/T 42748-2023. Each indicator maps
 * one recorded fact onto 0–100; an indicator without data is reported as missing and lowers the confidence, it is
 * never given a value.
 */
public final class QualityScoreModel {

    private final ScoringParameters parameters;

    public QualityScoreModel(ScoringParameters parameters) {
        this.parameters = parameters;
    }

    public ScoringParameters parameters() {
        return parameters;
    }

    /**
     * @param expertRatings ratings (0–100) of an expert, used for the indicators a register cannot provide and
     *                      overriding computed ones when given
     */
    public QualityScore score(Patent p, LocalDate asOf, Map<Indicator, Double> expertRatings) {
        Map<Indicator, Double> ratings = expertRatings == null ? Map.of() : expertRatings;
        ratings.forEach((i, v) -> {
            if (v == null || !(v >= 0 && v <= 100)) {
                throw new IllegalArgumentException("expert rating of " + i.code() + " for " + p.number().canonical()
                        + " must lie between 0 and 100, was " + v);
            }
        });
        ScoringWeights w = parameters.weights();
        Map<Indicator, Raw> raw = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            Double rating = ratings.get(i);
            raw.put(i, rating != null ? new Raw(rating, Text.of("scoring.basis.expert", rating)) : compute(i, p, asOf));
        }
        double availableDimensionWeight = 0;
        Map<Dimension, Double> dimensionScore = new EnumMap<>(Dimension.class);
        Map<Dimension, Double> availableIndicatorWeight = new EnumMap<>(Dimension.class);
        double confidence = 0;
        for (Dimension d : Dimension.values()) {
            double sumW = 0;
            double sum = 0;
            for (Indicator i : Indicator.of(d)) {
                Raw r = raw.get(i);
                if (r.score != null) {
                    sumW += w.indicators().get(i);
                    sum += w.indicators().get(i) * r.score;
                }
            }
            availableIndicatorWeight.put(d, sumW);
            confidence += w.dimensions().get(d) * sumW;
            if (sumW > 0) {
                dimensionScore.put(d, sum / sumW);
                availableDimensionWeight += w.dimensions().get(d);
            }
        }
        List<DimensionScore> dims = new ArrayList<>();
        double overall = 0;
        for (Dimension d : Dimension.values()) {
            Double ds = dimensionScore.get(d);
            double dimShare = ds == null || availableDimensionWeight == 0 ? 0 : w.dimensions().get(d) / availableDimensionWeight;
            List<IndicatorScore> inds = new ArrayList<>();
            for (Indicator i : Indicator.of(d)) {
                Raw r = raw.get(i);
                double contribution = r.score == null ? 0
                        : dimShare * w.indicators().get(i) / availableIndicatorWeight.get(d) * r.score;
                overall += contribution;
                inds.add(new IndicatorScore(i, r.score, w.indicators().get(i), contribution, r.basis));
            }
            dims.add(new DimensionScore(d, ds, w.dimensions().get(d), availableIndicatorWeight.get(d), inds));
        }
        // contributions are weighted means of 0–100 scores; min() only absorbs floating-point excess over 100
        return new QualityScore(p.number().canonical(), w.scenario(), Math.min(100, overall), confidence, dims);
    }

    private record Raw(Double score, Text basis) {
    }

    private static Raw missing(Indicator i) {
        return new Raw(null, Text.of(i.expertOnly() ? "scoring.basis.expertOnly" : "scoring.basis.missing"));
    }

    private Raw compute(Indicator i, Patent p, LocalDate asOf) {
        // a right whose term has ended protects nothing, whatever status the register last recorded: each legal
        // indicator (remaining life, claims, status, co-ownership, litigation) scores 0, with the reason
        Optional<LocalDate> expiry = p.legalExpiry();
        if (i.dimension() == Dimension.LEGAL && expiry.isPresent() && !expiry.get().isAfter(asOf)) {
            return new Raw(0.0, Text.of("scoring.basis.termEnded", p.status().ordinal(), expiry.get().toString()));
        }
        switch (i) {
            case REMAINING_LIFE: {
                if (expiry.isEmpty()) {
                    return missing(i);
                }
                double years = LegalTerm.remainingYears(expiry.get(), asOf);
                double full = parameters.fullScoreRemainingYears().get(p.type());
                return new Raw(100 * Math.min(1, years / full),
                        Text.of("scoring.basis.remainingLife", years, expiry.get().toString(), full));
            }
            case CLAIMS: {
                if (p.totalClaims() == null) {
                    return missing(i);
                }
                double total = Math.min(1, p.totalClaims() / (double) parameters.fullScoreClaims());
                if (p.independentClaims() == null) {
                    return new Raw(100 * total, Text.of("scoring.basis.claimsTotal", p.totalClaims()));
                }
                double indep = Math.min(1, p.independentClaims() / (double) parameters.fullScoreIndependentClaims());
                return new Raw(70 * total + 30 * indep,
                        Text.of("scoring.basis.claims", p.totalClaims(), p.independentClaims()));
            }
            case LEGAL_STATUS:
                return new Raw(parameters.statusScores().get(p.status()), Text.of("scoring.basis.status", p.status().ordinal()));
            case CO_OWNERSHIP: {
                if (p.owners().isEmpty()) {
                    return missing(i);
                }
                if (!p.coOwned()) {
                    return new Raw(100.0, Text.of("scoring.basis.soleOwner"));
                }
                boolean consent = Boolean.TRUE.equals(p.pledgeConsent());
                return new Raw(consent ? 70.0 : 30.0,
                        Text.of(consent ? "scoring.basis.coOwnedConsent" : "scoring.basis.coOwned", p.owners().size()));
            }
            case LITIGATION: {
                long challenges = p.events().stream().filter(e -> e.kind() == LegalEvent.Kind.VALIDITY_CHALLENGE).count();
                if (p.status() == LegalStatus.PENDING_INVALIDATION || p.status() == LegalStatus.DISPUTED) {
                    challenges = Math.max(1, challenges);
                }
                if (p.events().isEmpty() && challenges == 0) {
                    return missing(i);
                }
                return new Raw(100.0 / (1 + challenges), Text.of("scoring.basis.litigation", challenges));
            }
            case CITATIONS: {
                if (p.citedBy() == null) {
                    return missing(i);
                }
                double s = Math.log1p(p.citedBy()) / Math.log1p(parameters.fullScoreCitations());
                return new Raw(100 * Math.min(1, s), Text.of("scoring.basis.citations", p.citedBy()));
            }
            case FAMILY_SIZE: {
                if (p.familySize() == null) {
                    return missing(i);
                }
                double s = p.familySize() <= 1 ? 0 : Math.log(p.familySize()) / Math.log(parameters.fullScoreFamilySize());
                return new Raw(100 * Math.min(1, s), Text.of("scoring.basis.familySize", p.familySize()));
            }
            case REVENUE_LINKED: {
                if (p.productRevenue() == null) {
                    return missing(i);
                }
                double rev = Math.max(0, p.productRevenue().doubleValue());
                return new Raw(100 * Math.min(1, Math.sqrt(rev / parameters.fullScoreProductRevenue())),
                        Text.of("scoring.basis.revenue", rev));
            }
            case LICENSING: {
                Double s = null;
                Text basis = null;
                if (p.licenceRevenue() != null) {
                    double lic = Math.max(0, p.licenceRevenue().doubleValue());
                    s = 100 * Math.min(1, Math.sqrt(lic / parameters.fullScoreLicenceRevenue()));
                    basis = Text.of("scoring.basis.licenceRevenue", lic);
                }
                if (p.openLicenceRoyalty() != null && (s == null || s < parameters.openLicenceScore())) {
                    s = parameters.openLicenceScore();
                    basis = Text.of("scoring.basis.openLicence", p.openLicenceRoyalty());
                }
                return s == null ? missing(i) : new Raw(s, basis);
            }
            case PRODUCT_RECORDATION:
                if (p.productRecorded() == null) {
                    return missing(i);
                }
                return new Raw(p.productRecorded() ? 100.0 : 0.0,
                        Text.of(p.productRecorded() ? "scoring.basis.recorded" : "scoring.basis.notRecorded"));
            case FIELD_MATURITY:
            case SUBSTITUTABILITY:
            case MARKET_SIZE:
                return missing(i);
            default:
                throw new IllegalStateException(i.name());
        }
    }
}
