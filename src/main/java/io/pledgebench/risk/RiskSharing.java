package io.pledgebench.risk;

import io.pledgebench.domain.Text;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Loss sharing in government-backed IP-pledge schemes: a risk compensation fund (风险补偿资金池), an insurer
 * (专利质押融资保证保险), a guarantor and the appraiser (评估机构) each bear an agreed ratio of the principal loss of a
 * defaulted loan, each up to a cap; the bank bears the rest, including whatever lies above a cap.
 * <p>
 * Applied to expected figures: with the loss at default L = LGD·EAD (the principal not recovered) and the lifetime
 * PD, party k expects to pay PD_life·min(ratio_k·L, cap_k) and the bank PD_life·(L − Σ_k min(ratio_k·L, cap_k)).
 * The cap is applied to the loss at default, not to the expected loss: a cap limits what a party pays when the
 * borrower defaults, and the expectation of that payment is PD_life times it (LGD being a single figure here).
 */
public final class RiskSharing {

    private RiskSharing() {
    }

    /** The parties that may share the bank's loss; the bank itself bears the remainder. */
    public enum Party {
        COMPENSATION_FUND("compensationFund"), INSURER("insurer"), GUARANTOR("guarantor"), APPRAISER("appraiser");

        private final String code;

        Party(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * A limit on one party's payout for one loan: a share of the principal, an amount in the loan currency, or both
     * (the lower binds); neither means no per-loan cap.
     */
    public record Cap(Double shareOfPrincipal, Double amount) {
        public static final Cap NONE = new Cap(null, null);

        public Cap {
            if (shareOfPrincipal != null) {
                Probabilities.closedUnit("cap as a share of principal", shareOfPrincipal);
            }
            if (amount != null) {
                Probabilities.nonNegative("cap amount", amount);
            }
        }

        public static Cap ofShareOfPrincipal(double share) {
            return new Cap(share, null);
        }

        public static Cap ofAmount(double amount) {
            return new Cap(null, amount);
        }

        /** The most the party pays on a loan of {@code principal}; infinite without a cap. */
        public double limit(double principal) {
            double l = Double.POSITIVE_INFINITY;
            if (shareOfPrincipal != null) {
                l = Math.min(l, shareOfPrincipal * principal);
            }
            if (amount != null) {
                l = Math.min(l, amount);
            }
            return l;
        }

        public boolean none() {
            return shareOfPrincipal == null && amount == null;
        }
    }

    /** One party's ratio of the principal loss and the cap on its payout. */
    public record Share(double ratio, Cap cap) {
        public Share {
            Probabilities.closedUnit("loss-sharing ratio", ratio);
            cap = cap == null ? Cap.NONE : cap;
        }
    }

    /**
     * A risk-sharing scheme: the ratio and cap of each party other than the bank, and where the ratios come from.
     *
     * @param id     a short code ({@code none}, {@code custom} or a preset's id)
     * @param shares ratios and caps by party; a missing party bears nothing
     * @param source the scheme's source, printed with the parameters
     */
    public record Scheme(String id, Map<Party, Share> shares, Text source) {

        /** No sharing: the bank bears the whole loss. */
        public static final Scheme NONE = new Scheme("none", Map.of(), Text.of("risk.sharing.source.none"));

        public Scheme {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Map<Party, Share> copy = new EnumMap<>(Party.class);
            copy.putAll(shares);
            shares = java.util.Collections.unmodifiableMap(copy);
            double sum = shares.values().stream().mapToDouble(Share::ratio).sum();
            if (sum > 1 + 1e-12) {
                throw new IllegalArgumentException("loss-sharing ratios of scheme " + id + " add up to " + sum
                        + ", more than 1");
            }
        }

        /**
         * Zhongshan (Guangdong): compensation fund, bank, insurer and appraiser share the loss 54 : 26 : 16 : 4.
         * Source: CNIPA, "广东：探索创新 形成多元知识产权质押融资风险补偿基金运作模式", 2025-01-26 (Credit China IP
         * channel, zscq.creditchina.gov.cn/dxal/202501/t20250123_349350.html). The fund's liability is limited to its
         * balance (《中山市企业知识产权质押融资贷款风险补偿办法（2021年修订）》 art. 3), a pool limit rather than a
         * per-loan cap, so the preset has none.
         */
        public static final Scheme ZHONGSHAN = new Scheme("zhongshan", Map.of(
                Party.COMPENSATION_FUND, new Share(0.54, Cap.NONE),
                Party.INSURER, new Share(0.16, Cap.NONE),
                Party.APPRAISER, new Share(0.04, Cap.NONE)), Text.of("risk.sharing.source.zhongshan"));

        /** Zhuhai (Guangdong): fund 40 %, bank 60 %. Source: the same CNIPA article of 2025-01-26. */
        public static final Scheme ZHUHAI = new Scheme("zhuhai", Map.of(
                Party.COMPENSATION_FUND, new Share(0.40, Cap.NONE)), Text.of("risk.sharing.source.zhuhai"));

        /**
         * Shenzhen: the IP-pledge fund merged into the city's SME bank-loan risk compensation pool, fund : bank 1 : 1.
         * Source: the same CNIPA article of 2025-01-26.
         */
        public static final Scheme SHENZHEN = new Scheme("shenzhen", Map.of(
                Party.COMPENSATION_FUND, new Share(0.50, Cap.NONE)), Text.of("risk.sharing.source.shenzhen"));

        /** The presets, each naming its source, plus {@link #NONE}. */
        public static List<Scheme> presets() {
            return List.of(NONE, ZHONGSHAN, ZHUHAI, SHENZHEN);
        }

        public static Optional<Scheme> preset(String id) {
            return presets().stream().filter(s -> s.id.equalsIgnoreCase(id)).findFirst();
        }

        /** A scheme the officer entered: fund, insurer and guarantor ratios without caps. */
        public static Scheme custom(double compensationFund, double insurer, double guarantor) {
            Map<Party, Share> m = new EnumMap<>(Party.class);
            put(m, Party.COMPENSATION_FUND, compensationFund);
            put(m, Party.INSURER, insurer);
            put(m, Party.GUARANTOR, guarantor);
            return new Scheme("custom", m, Text.of("risk.sharing.source.custom"));
        }

        private static void put(Map<Party, Share> m, Party p, double ratio) {
            if (ratio != 0) {
                m.put(p, new Share(ratio, Cap.NONE));
            }
        }

        /** The same scheme with {@code party}'s payout capped (amounts above the cap fall back to the bank). */
        public Scheme withCap(Party party, Cap cap) {
            Share s = shares.get(party);
            if (s == null) {
                throw new IllegalArgumentException("scheme " + id + " gives " + party.code() + " no share to cap");
            }
            Map<Party, Share> m = new EnumMap<>(Party.class);
            m.putAll(shares);
            m.put(party, new Share(s.ratio(), cap));
            return new Scheme(id, m, source);
        }

        public double ratio(Party p) {
            Share s = shares.get(p);
            return s == null ? 0 : s.ratio();
        }

        public Cap cap(Party p) {
            Share s = shares.get(p);
            return s == null ? Cap.NONE : s.cap();
        }

        public double compensationFund() {
            return ratio(Party.COMPENSATION_FUND);
        }

        public double insurer() {
            return ratio(Party.INSURER);
        }

        public double guarantor() {
            return ratio(Party.GUARANTOR);
        }

        public double appraiser() {
            return ratio(Party.APPRAISER);
        }

        /** The bank's ratio before caps: 1 minus the others'. */
        public double bank() {
            return Math.max(0, 1 - shares.values().stream().mapToDouble(Share::ratio).sum());
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            for (Party p : Party.values()) {
                m.put(p.code(), ratio(p));
            }
            m.put("bank", bank());
            Map<String, Object> caps = new LinkedHashMap<>();
            for (Map.Entry<Party, Share> e : shares.entrySet()) {
                Cap c = e.getValue().cap();
                if (!c.none()) {
                    Map<String, Object> cm = new LinkedHashMap<>();
                    cm.put("shareOfPrincipal", c.shareOfPrincipal());
                    cm.put("amount", c.amount());
                    caps.put(e.getKey().code(), cm);
                }
            }
            m.put("caps", caps);
            m.put("source", source.english());
            return m;
        }
    }

    /**
     * Shares the principal loss of a loan: each party pays its ratio of the loss at default up to its cap; the
     * expected payouts are {@code lifetimePd} times those amounts.
     *
     * @param lifetimePd    probability of default over the remaining term
     * @param lossAtDefault principal lost if the borrower defaults, LGD·EAD
     * @param principal     the loan (EAD), for caps set as a share of principal
     */
    public static SharedLoss share(double lifetimePd, double lossAtDefault, double principal, Scheme scheme) {
        Probabilities.closedUnit("lifetime PD", lifetimePd);
        Probabilities.nonNegative("loss at default", lossAtDefault);
        Probabilities.nonNegative("principal", principal);
        Map<Party, Double> paid = new EnumMap<>(Party.class);
        double others = 0;
        double uncapped = 0;
        for (Party p : Party.values()) {
            double want = scheme.ratio(p) * lossAtDefault;
            double got = Math.min(want, scheme.cap(p).limit(principal));
            paid.put(p, lifetimePd * got);
            others += got;
            uncapped += want;
        }
        double bankAtDefault = Math.max(0, lossAtDefault - others);
        return new SharedLoss(lifetimePd * lossAtDefault, paid.get(Party.COMPENSATION_FUND), paid.get(Party.INSURER),
                paid.get(Party.GUARANTOR), paid.get(Party.APPRAISER), lifetimePd * bankAtDefault,
                lifetimePd * (uncapped - others));
    }

    /**
     * Expected principal loss over the remaining term and each party's expected part of it.
     *
     * @param expectedLoss   the whole expected principal loss (lifetime EL)
     * @param bankNet        the bank's expected part, including {@code aboveCaps}
     * @param aboveCaps      the expected amounts that other parties' caps sent back to the bank
     */
    public record SharedLoss(double expectedLoss, double compensationFund, double insurer, double guarantor,
                             double appraiser, double bankNet, double aboveCaps) {
    }
}
