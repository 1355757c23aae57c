package io.pledgebench.ui;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The workbench language and every locale-dependent rendering: bundle texts ({@code i18n/ui_*.properties}),
 * numbers, dates and amounts. Chinese yuan amounts are shown in 元 below ten thousand and in 万元 above, as
 * Chinese credit documents do, in both languages so that figures read the same in either.
 */
public final class I18n {

    public static final String BUNDLE = "ui";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    /** The currency of the portfolio on screen: engine sentences' amounts are shown in its unit. */
    private volatile String currency = "CNY";

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /** Simplified Chinese for any zh locale, English otherwise: the two languages the bundles carry. */
    public static Locale supported(Locale l) {
        return Text.isChinese(l) ? Text.CHINESE : Text.ENGLISH;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale l) {
        locale.set(supported(l));
    }

    /** Sets the currency of the portfolio on screen (null: CNY). */
    public void setCurrency(String c) {
        currency = c == null || c.isBlank() ? "CNY" : c;
    }

    public boolean chinese() {
        return Text.isChinese(locale.get());
    }

    public ResourceBundle bundle() {
        return Text.bundle(BUNDLE, locale.get());
    }

    /** The text of {@code key} (a {@code ui.} key) with {@link java.text.MessageFormat} arguments. */
    public String get(String key, Object... args) {
        return Text.of(key, args).render(locale.get());
    }

    /**
     * A text in the current language; an argument that is a code the report names ({@code product_revenue},
     * {@code invention}, "product_revenue / licence_revenue") is shown by that name, as the report shows it.
     */
    public String render(Text text) {
        if (text == null) {
            return "";
        }
        // an engine sentence that tells a command-line user what to type has the workbench's own wording
        // (ui.gui.<key>, same arguments): no flags in the workbench (cold review 16 #9: "--map" in an import notice)
        if (Text.bundle("ui", locale.get()).containsKey("ui.gui." + text.key())) {
            text = new Text("ui.gui." + text.key(), text.args());
        }
        java.util.List<Object> args = new java.util.ArrayList<>(text.args());
        boolean named = false;
        java.text.Format[] formats = formats(text.key());
        for (int i = 0; i < args.size(); i++) {
            java.text.Format f = i < formats.length ? formats[i] : null;
            if (args.get(i) instanceof Number n && !(n instanceof Integer || n instanceof Long)
                    && "CNY".equals(currency) && f instanceof java.text.DecimalFormat df
                    && (df.toPattern().equals("#,##0") || df.toPattern().equals("#,##0.00"))) {
                // an engine sentence's yuan amount ({n,number,#,##0}) in the screen's unit, with the unit named
                args.set(i, new AmountArgument(n.doubleValue()));
                named = true;
            } else if (args.get(i) instanceof String code) {
                String name = codeName(code);
                if (name != null) {
                    args.set(i, name);
                    named = true;
                }
            }
        }
        if (!named) {
            return text.render(locale.get());
        }
        String pattern = Text.bundle(text.key().substring(0, text.key().indexOf('.')), locale.get()).getString(text.key());
        java.text.MessageFormat mf = new java.text.MessageFormat(pattern, chinese() ? Text.CHINESE : Text.ENGLISH);
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof AmountArgument a) {
                values[i] = Text.Amount.of(a.yuan()).render(locale.get());
                mf.setFormatByArgumentIndex(i, null);
            } else if (values[i] instanceof Text.Amount a) {
                values[i] = a.render(locale.get());
            } else if (values[i] instanceof Text.Offices o) {
                values[i] = o.render(locale.get());
            } else if (values[i] instanceof Text.Multiple m) {
                values[i] = m.render(locale.get());
            } else if (values[i] instanceof Text t) {
                values[i] = t.render(locale.get());
            }
        }
        return mf.format(values);
    }

    private record AmountArgument(double yuan) {
    }

    /** The formats of a sentence's arguments by index (none for a key no bundle has). */
    private java.text.Format[] formats(String key) {
        try {
            String pattern = Text.bundle(key.substring(0, key.indexOf('.')), locale.get()).getString(key);
            return new java.text.MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex();
        } catch (RuntimeException e) {
            return new java.text.Format[0];
        }
    }

    /** The report's name of a code or of each code of a list ("a / b", "a, b"); null when it names none of them. */
    private String codeName(String code) {
        if (code.isBlank()) {
            return null;
        }
        java.util.Optional<String> own = known("report.term." + code);
        if (own.isPresent()) {
            return own.get();
        }
        for (String sep : new String[] {" / ", ", "}) {
            if (code.contains(sep)) {
                java.util.List<String> out = new java.util.ArrayList<>();
                boolean any = false;
                for (String part : code.split(java.util.regex.Pattern.quote(sep), -1)) {
                    java.util.Optional<String> t = known("report.term." + part.trim());
                    any |= t.isPresent();
                    out.add(t.orElse(part.trim()));
                }
                if (any) {
                    return String.join(sep.equals(" / ") ? get("ui.term.or") : get("ui.term.separator"), out);
                }
            }
        }
        return null;
    }

    /** A multiple (a coverage) as every multiple is written ({@link io.pledgebench.domain.Multiples#format}): "0.18×" / "0.18倍". */
    public String multiple(double v) {
        return io.pledgebench.domain.Multiples.format(v, locale.get());
    }

    public String number(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale.get());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }

    /**
     * Parses a number as typed in the current language (grouping separators allowed); empty when the text is
     * not entirely a number.
     */
    public java.util.OptionalDouble parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return java.util.OptionalDouble.empty();
        }
        String t = text.strip();
        java.text.ParsePosition pos = new java.text.ParsePosition(0);
        Number n = NumberFormat.getNumberInstance(locale.get()).parse(t, pos);
        if (n == null || pos.getIndex() != t.length()) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(n.doubleValue());
    }

    /** A number as the user would type it in the current language, without grouping: what {@link #parseNumber} reads back. */
    public String editable(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(locale.get());
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(6);
        return f.format(v);
    }

    public String integer(long v) {
        return NumberFormat.getIntegerInstance(locale.get()).format(v);
    }

    public String percent(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale.get());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }

    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale.get()).format(d);
    }

    /**
     * Converts dates typed in or shown by a date picker: shown as ISO ({@code 2026-11-30}, unambiguous in both
     * languages), read by {@link #parseDate}; text that is not a date reads as {@code keep} (the picker's value).
     */
    public javafx.util.StringConverter<LocalDate> dateConverter(java.util.function.Supplier<LocalDate> keep) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return parseDate(text).orElseGet(keep);
            }
        };
    }

    /** A date picker's converter that keeps nothing: text that is not a date reads as no date. */
    public javafx.util.StringConverter<LocalDate> dateConverter() {
        return dateConverter(() -> null);
    }

    /**
     * A date as typed in either language: ISO ({@code 2026-11-30}), {@code 2026/11/30}, {@code 2026.11.30},
     * {@code 2026年11月30日}, or the current language's own short and medium forms ({@code 11/30/2026},
     * {@code 11/30/26}, {@code Nov 30, 2026}); empty when the text is none of these or no such day exists.
     */
    public java.util.Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String t = text.strip();
        java.util.List<DateTimeFormatter> forms = new java.util.ArrayList<>();
        for (String pattern : new String[] {"uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日"}) {
            forms.add(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
        }
        if (!chinese()) {
            forms.add(DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT));
        }
        for (FormatStyle style : new FormatStyle[] {FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG}) {
            // the language's pattern with the proleptic year (u), which a strict reading resolves without an era
            String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                    java.time.chrono.IsoChronology.INSTANCE, locale.get()).replace('y', 'u');
            forms.add(DateTimeFormatter.ofPattern(pattern, locale.get()));
        }
        for (DateTimeFormatter f : forms) {
            try {
                return java.util.Optional.of(LocalDate.parse(t, f.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (java.time.format.DateTimeParseException e) {
                // the next form
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * An amount with its unit, one unit per language as everywhere in the workbench and the report: the figure as
     * the report's tables and charts print it ({@link #amountFigure}: 万 with two decimals in Chinese, whole CNY in
     * English) and the unit the charts name ({@link #amountUnit}) — "1,252.18万元", "12,521,804 CNY"; other
     * currencies with their ISO code.
     */
    public String amount(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        if (currency == null || "CNY".equals(currency)) {
            return get("ui.amount.withUnit", amountFigure(amount.doubleValue(), currency), amountUnit(currency));
        }
        return get("ui.amount.other", number(amount.doubleValue(), 2), currency);
    }

    public String amount(double amount, String currency) {
        return Double.isNaN(amount) ? "—" : amount(BigDecimal.valueOf(amount), currency);
    }

    /** Remaining legal life in years, e.g. "12.3 years" / "12.3 年". */
    public String years(double years) {
        return get("ui.unit.years", number(years, 1));
    }

    public String status(LegalStatus s) {
        return s == null ? "" : get("ui.legalStatus." + s.code());
    }

    public String type(PatentType t) {
        return t == null ? "" : get("ui.type." + t.code());
    }

    /**
     * The human name of an eligibility rule id ({@code inForce}, {@code alreadyPledged}): the report's term for it
     * when the report names it ({@code report.term.<id>}), otherwise {@code ui.rule.<id>}; an unknown id is shown
     * as it is rather than failing.
     */
    public String ruleName(String id) {
        if (id == null) {
            return "";
        }
        return known("report.term." + id).or(() -> known("ui.rule." + id)).orElse(id);
    }

    /**
     * The human name of a parameter or value code ({@code monteCarlo}, {@code recovery}) as the report names it
     * ({@code report.term.<code>}, one translation for both); a code the report does not name is shown as it is.
     */
    public String term(String code) {
        if (code == null) {
            return "";
        }
        java.util.Optional<String> own = known("report.term." + code).or(() -> known("ui.rule." + code))
                .or(() -> known("assessment.stress." + code));
        if (own.isPresent()) {
            return own.get();
        }
        java.util.regex.Matcher m = DISTRIBUTION.matcher(code);
        if (m.matches() && known("report.term." + m.group(1)).isPresent()) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (String kv : m.group(2).split(",\\s*")) {
                int eq = kv.indexOf('=');
                parts.add(eq < 0 ? kv : term(kv.substring(0, eq).trim()) + " "
                        + parseNumber(kv.substring(eq + 1).trim()).stream().mapToObj(this::plain).findFirst()
                        .orElse(kv.substring(eq + 1).trim()));
            }
            return get("ui.term.distribution", term(m.group(1)), String.join(get("ui.term.separator"), parts));
        }
        if (code.indexOf('.') > 0 && !code.endsWith(".")) {
            // a path of codes (liquidation.invention.fireSaleDiscount): each part by its name
            java.util.List<String> parts = new java.util.ArrayList<>();
            boolean any = false;
            for (String part : code.split("\\.")) {
                String t = term(part);
                any |= !t.equals(part);
                parts.add(t);
            }
            if (any) {
                return String.join(" · ", parts);
            }
        }
        return code;
    }

    private static final java.util.regex.Pattern DISTRIBUTION = java.util.regex.Pattern.compile("(\\w+)\\[(.*)]");

    /** A number read back from engine text ({@code 0.25}), shown in the current language without padding. */
    private String plain(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(locale.get());
        f.setMaximumFractionDigits(6);
        return f.format(v);
    }

    private java.util.Optional<String> known(String key) {
        return Text.bundle(key.substring(0, key.indexOf('.')), locale.get()).containsKey(key)
                ? java.util.Optional.of(get(key)) : java.util.Optional.empty();
    }

    /**
     * A failure as a sentence in the screen's language: a refused input ({@link UserInputException}) as its own
     * reason; a file that is no workbook or archive ("Cannot find zip signature") as such; anything else the engine
     * refused as a general sentence, with the engine's English reason only on the English screen.
     */
    public String problem(Throwable t) {
        if (t == null) {
            return "";
        }
        if (t instanceof UserInputException) {
            return t.getMessage();
        }
        if (t instanceof io.pledgebench.store.FailedWriteException f) {
            // a full disk is said in the screen's language, whatever was being written when it happened; the workbench
            // opens its database once, at start-up, so "open it again" means starting the workbench again
            return f.text().render(locale()) + (f.databaseClosed() ? "\n" + get("ui.error.failedWrite.restart") : "");
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            if (c instanceof java.util.zip.ZipException || m.contains("zip signature")
                    || c.getClass().getName().startsWith("org.apache.poi.")) {
                return get("ui.error.notAWorkbook");
            }
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return get("ui.error.other", m);
    }

    /**
     * An import problem's reason in the screen's language; a file the reader could not open as a workbook at all
     * (the reader passes on POI's "Cannot find zip signature") is said as a sentence instead.
     */
    public String reason(io.pledgebench.io.ImportProblem p) {
        String english = p.reason() == null ? "" : p.reason();
        if (english.contains("zip signature") || english.contains("No valid entries or contents found")
                || english.contains("not a valid OOXML")) {
            return get("ui.error.notAWorkbookFile", p.file() == null ? "" : p.file());
        }
        return chinese() && p.reasonZh() != null ? p.reasonZh() : english;
    }

    /**
     * An amount as a table figure, without its unit, as the report's tables and chart labels print it
     * ({@link io.pledgebench.report.charts.AmountFormat#labels}): "125.00" (万元) in Chinese, "1,250,000" in English;
     * the column's header names the unit ({@link #amountHeader}).
     */
    public String amountFigure(double v, String currency) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        if (currency == null || "CNY".equals(currency)) {
            return io.pledgebench.report.charts.AmountFormat.labels(locale.get()).format(v);
        }
        return number(v, 2);
    }

    /** The unit of a table's amounts: 万元 in Chinese, the currency (CNY) in English. */
    public String amountUnit(String currency) {
        return io.pledgebench.report.charts.AmountFormat.unit(locale.get(), currency);
    }

    /** A column header with the unit of its amounts: "Market value (CNY)", "市场价值（万元）". */
    public String amountHeader(String title, String currency) {
        return get("ui.amount.header", title, amountUnit(currency));
    }
}
