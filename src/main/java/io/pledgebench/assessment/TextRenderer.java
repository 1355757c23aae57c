package io.pledgebench.assessment;

import io.pledgebench.domain.Amounts;
import io.pledgebench.domain.Text;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders many {@link Text}s in one language, as {@link Text#render} does, but parses each bundle pattern once: an
 * assessment renders tens of sentences per patent from a few dozen patterns. Not thread-safe; one per rendering.
 */
final class TextRenderer {

    private final Locale locale;
    private final String currency;
    private final Map<String, MessageFormat> formats = new HashMap<>();
    /** Per pattern, the arguments a Chinese sentence writes as an amount in 万元 ({@link Amounts#withUnit}). */
    private final Map<String, boolean[]> amounts = new HashMap<>();

    TextRenderer(Locale locale) {
        this(locale, "CNY");
    }

    /** A renderer whose Chinese sentences write amounts in {@code currency} with their unit (万元 for CNY). */
    TextRenderer(Locale locale, String currency) {
        this.locale = Text.isChinese(locale) ? Text.CHINESE : Text.ENGLISH;
        this.currency = currency;
    }

    Locale locale() {
        return locale;
    }

    String render(Text t) {
        MessageFormat f = formats.computeIfAbsent(t.key(), k -> {
            MessageFormat mf = new MessageFormat(Text.bundle(k.substring(0, k.indexOf('.')), locale).getString(k), locale);
            // a Chinese sentence writes an amount in 万元 with its unit, as the report does (review 14b, I: the JSON
            // said "质押物可贷额度1,616,513"): an argument formatted as a whole or two-decimal amount takes the unit
            java.text.Format[] byArg = mf.getFormatsByArgumentIndex();
            boolean[] amount = new boolean[byArg.length];
            if (Text.isChinese(locale)) {
                for (int i = 0; i < byArg.length; i++) {
                    if (byArg[i] instanceof java.text.DecimalFormat df
                            && (df.toPattern().equals("#,##0") || df.toPattern().equals("#,##0.00"))) {
                        amount[i] = true;
                        mf.setFormatByArgumentIndex(i, null);
                    }
                }
            }
            amounts.put(k, amount);
            return mf;
        });
        boolean[] amount = amounts.get(t.key());
        Object[] args = t.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (i < amount.length && amount[i] && args[i] instanceof Number n) {
                args[i] = Amounts.withUnit(n.doubleValue(), locale, currency);
                continue;
            }
            // as Text#render shows them: an amount in the reader's unit, a patent office by its name
            if (args[i] instanceof Text.Amount a) {
                args[i] = a.render(locale);
            } else if (args[i] instanceof Text.Offices o) {
                args[i] = o.render(locale);
            } else if (args[i] instanceof Text.Multiple m) {
                args[i] = m.render(locale);
            } else if (args[i] instanceof Text nested) {
                args[i] = render(nested);
            }
        }
        return f.format(args);
    }
}
