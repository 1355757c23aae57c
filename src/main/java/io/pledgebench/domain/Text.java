package io.pledgebench.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A user-visible sentence as a bundle key with arguments, rendered in the reader's language when shown.
 * The key's first segment names the bundle: {@code risk.eligibility.lapsed} lives in
 * {@code i18n/risk_en.properties} and {@code i18n/risk_zh_CN.properties}. Arguments are formatted with
 * {@link MessageFormat}; pass dates and codes as strings, numbers as numbers.
 */
public record Text(String key, List<Object> args) {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Text {
        Objects.requireNonNull(key, "key");
        if (key.indexOf('.') <= 0) {
            throw new IllegalArgumentException("text key must start with its bundle name: " + key);
        }
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, List.of(args));
    }

    /** Renders in {@code locale}: Simplified Chinese for any zh locale, English otherwise. */
    public String render(Locale locale) {
        String pattern = bundle(key.substring(0, key.indexOf('.')), locale).getString(key);
        Locale l = isChinese(locale) ? CHINESE : ENGLISH;
        Object[] shown = args.toArray();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Amount a) {
                shown[i] = a.render(l);
            } else if (shown[i] instanceof Offices o) {
                shown[i] = o.render(l);
            } else if (shown[i] instanceof Multiple m) {
                shown[i] = m.render(l);
            } else if (shown[i] instanceof Text t) {
                shown[i] = t.render(l); // a reason given by another sentence, in the same language
            }
        }
        return new MessageFormat(pattern, l).format(shown);
    }

    /**
     * An amount of money as a sentence argument, shown in the reader's unit with the unit named, as {@link Amounts}
     * writes every amount (万元 in Chinese, CNY in English). Patterns take it as a plain {@code {n}} argument.
     */
    public record Amount(java.math.BigDecimal yuan, boolean exact) {

        public Amount {
            Objects.requireNonNull(yuan, "yuan");
        }

        public Amount(java.math.BigDecimal yuan) {
            this(yuan, false);
        }

        public static Amount of(java.math.BigDecimal yuan) {
            return new Amount(yuan);
        }

        /**
         * An amount to be paid, written to the fen in yuan in both languages ("1,440元", "1,440 CNY"), never rounded
         * to 0.01 万元: an official fee or surcharge is a small amount, and paying a rounded figure underpays it
         * (ADR 0034, the one exception to 万元 in Chinese).
         */
        public static Amount payable(java.math.BigDecimal yuan) {
            return new Amount(yuan, true);
        }

        public static Amount of(double yuan) {
            return new Amount(java.math.BigDecimal.valueOf(yuan));
        }

        /** The amount as every amount is written ({@link Amounts}), with its unit: "840.60万元", "8,406,000 CNY". */
        public String render(Locale locale) {
            return exact ? Amounts.payable(yuan, locale) : Amounts.withUnit(yuan, locale, "CNY");
        }
    }

    /**
     * A multiple (a loan's multiple of revenue, a coverage) as a sentence argument, shown as every multiple is written
     * ({@link Multiples#format}: "578.03×", "578.03倍"), never through a money format. Patterns take it as a plain
     * {@code {n}} argument and carry no sign of their own.
     */
    public record Multiple(double value) {

        public static Multiple of(double value) {
            return new Multiple(value);
        }

        public String render(Locale locale) {
            return Multiples.format(value, locale);
        }

        /** As a stored sentence argument keeps it: the number. */
        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /**
     * Patent offices as a sentence argument (where a pledge is registered), by their codes ("CNIPA", "USPTO"): shown
     * by the name each has in the reader's language ({@code assessment.office.<code>}: 中国国家知识产权局 / CNIPA), an
     * office without a name as its code. Stored as the codes joined ({@link #toString}), as documents always kept it.
     */
    public record Offices(List<String> codes) {

        public Offices {
            codes = List.copyOf(codes);
        }

        /** The name of one office in {@code locale}, or its code when this release names none. */
        public static String name(String code, Locale locale) {
            ResourceBundle b = bundle("assessment", locale);
            String key = "assessment.office." + code;
            return b.containsKey(key) ? b.getString(key) : code;
        }

        public String render(Locale locale) {
            List<String> names = codes.stream().map(c -> name(c, locale)).toList();
            return String.join(isChinese(locale) ? "、" : ", ", names);
        }

        @Override
        public String toString() {
            return String.join(", ", codes);
        }
    }

    public String english() {
        return render(ENGLISH);
    }

    public String chinese() {
        return render(CHINESE);
    }

    @Override
    public String toString() {
        return english();
    }

    /** The bundle {@code i18n/<name>_en} or {@code i18n/<name>_zh_CN}. */
    public static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n." + name, isChinese(locale) ? CHINESE : ENGLISH, NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no resource bundle i18n/" + name + " for " + locale, e);
        }
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
