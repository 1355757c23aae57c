package io.pledgebench.report;

import io.pledgebench.domain.Text;

import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the sentences of an assessment for the report's reader, in the report's words and units: an argument a
 * sentence formats as an amount ({@code {n,number,#,##0}} or {@code #,##0.00}) is printed as every other amount of
 * the report ({@link ReportFormat#moneyWithUnit}: 万元 in Chinese, the currency in English), a rate or share as every
 * percentage ({@link ReportFormat#percent}), a four-decimal factor as every factor ({@link ReportFormat#factor}), a duration in years
 * ({@code 0.0}) as every duration ({@link ReportFormat#years}), a list of items joined as {@link ReportFormat#list}, and an argument that
 * is a code (a patent type or status, an input column, a method id) is printed by its human name from
 * {@code report.term.*} — the Chinese report shows no code words.
 */
final class ReportText {

    private static final Pattern DISTRIBUTION = Pattern.compile("([A-Za-z]+)\\[(.*)]");

    private final Locale locale;
    private final String currency;
    private final ResourceBundle report;

    ReportText(Locale locale, String currency) {
        this.locale = Text.isChinese(locale) ? Text.CHINESE : Text.ENGLISH;
        this.currency = currency;
        this.report = Text.bundle("report", this.locale);
    }

    Locale locale() {
        return locale;
    }

    /** A sentence of the document in the reader's language: a keyed one rendered, a fixed one as it was saved. */
    String sentence(AssessmentDocument.Sentence s) {
        if (s instanceof AssessmentDocument.Sentence.Keyed k) {
            return render(k.key(), k.args());
        }
        return offices(((AssessmentDocument.Sentence.Fixed) s).text());
    }

    /** The patent offices a stored sentence names by their codes (a registration condition), as {@link Text.Offices} names them. */
    private static final Pattern OFFICE = Pattern.compile("(?<![A-Za-z])(CNIPA|EPO|USPTO|JPO|KIPO)(?![A-Za-z])");

    /**
     * A sentence fixed in the language it was saved in (a version-1 workbench row) with each patent office's code
     * named as the reader's language names it ("CNIPA" → 中国国家知识产权局); any other text is left as saved.
     */
    String offices(String text) {
        return OFFICE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(term(m.group(1))));
    }

    /**
     * The sentence {@code key} with {@code args}. A key no bundle of this release holds is a {@link DocumentException}
     * naming it (a renamed key is mapped by a {@link DocumentVersions document upgrade}, never guessed).
     */
    String render(String key, List<Object> args) {
        int dot = key.indexOf('.');
        String pattern;
        try {
            pattern = Text.bundle(key.substring(0, dot), locale).getString(key);
        } catch (MissingResourceException | IllegalStateException | StringIndexOutOfBoundsException e) {
            throw new DocumentException("the assessment document has a sentence '" + key
                    + "' that no text bundle of this release holds", e);
        }
        MessageFormat mf = new MessageFormat(pattern, locale);
        Format[] formats = mf.getFormatsByArgumentIndex();
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            Format f = i < formats.length ? formats[i] : null;
            if (values[i] instanceof Number n && f instanceof DecimalFormat df && isAmount(df)) {
                values[i] = ReportFormat.moneyWithUnit(n.doubleValue(), locale, currency);
                mf.setFormatByArgumentIndex(i, null);
            } else if (values[i] instanceof Number n && f instanceof DecimalFormat df && df.toPattern().endsWith("%")) {
                // a rate or share: as every percentage of the report, whatever decimals the sentence asked for
                values[i] = ReportFormat.percent(n.doubleValue());
                mf.setFormatByArgumentIndex(i, null);
            } else if (values[i] instanceof Number n && f instanceof DecimalFormat df && df.toPattern().equals("0.0000")) {
                // a factor (a scale factor, a cost index): as every factor of the report
                values[i] = ReportFormat.factor(n.doubleValue());
                mf.setFormatByArgumentIndex(i, null);
            } else if (values[i] instanceof Number n && f instanceof DecimalFormat df && df.toPattern().equals("0.0")) {
                // a duration in years: as every duration of the report
                values[i] = ReportFormat.years(n.doubleValue());
                mf.setFormatByArgumentIndex(i, null);
            } else if (values[i] instanceof String s && (f == null)) {
                values[i] = term(s);
            }
        }
        return mf.format(values);
    }

    private static boolean isAmount(DecimalFormat df) {
        String p = df.toPattern();
        return p.equals("#,##0") || p.equals("#,##0.00");
    }

    /**
     * The human name of a code ({@code report.term.<code>}), of each part of a list of codes ("product_revenue /
     * licence_revenue"), or of a distribution ("LogNormal[mean=1.0, std=0.25]"); anything else unchanged.
     */
    String term(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String own = known(code);
        if (own != null) {
            return own;
        }
        Matcher m = DISTRIBUTION.matcher(code);
        if (m.matches() && known(m.group(1)) != null) {
            List<String> parts = new ArrayList<>();
            for (String kv : m.group(2).split(",\\s*")) {
                int eq = kv.indexOf('=');
                parts.add(eq < 0 ? kv : term(kv.substring(0, eq).trim()) + " " + kv.substring(eq + 1).trim());
            }
            return known(m.group(1)) + (Text.isChinese(locale) ? "（" + String.join("，", parts) + "）"
                    : " (" + String.join(", ", parts) + ")");
        }
        for (String sep : new String[] {" / ", "; ", ", ", ","}) {
            if (code.contains(sep)) {
                String[] parts = code.split(Pattern.quote(sep), -1);
                boolean any = false;
                List<String> out = new ArrayList<>();
                for (String p : parts) {
                    String k = known(p.trim());
                    any |= k != null;
                    out.add(k != null ? k : p.trim());
                }
                // a list of items (patent numbers, codes: parts without spaces) is joined as the reader's language
                // joins a list, whether or not its items have names
                // (names, such as co-owners, are stored joined by "; ")
                boolean items = out.size() > 1 && (sep.equals("; ") && out.stream().noneMatch(String::isBlank)
                        || sep.equals(", ") && out.stream().allMatch(p -> !p.isEmpty() && !p.matches(".*\\s.*")));
                if (any || items) {
                    return sep.equals(" / ") ? String.join(Text.isChinese(locale) ? "或" : " or ", out)
                            : ReportFormat.list(out, locale);
                }
            }
        }
        return code;
    }

    private String known(String code) {
        String key = "report.term." + code;
        if (report.containsKey(key)) {
            return report.getString(key);
        }
        // a patent office stored by its code (a registration condition): its name in the reader's language
        String office = Text.Offices.name(code, locale);
        return office.equals(code) ? null : office;
    }
}
