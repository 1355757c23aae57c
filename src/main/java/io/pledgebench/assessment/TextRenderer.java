package io.pledgebench.assessment;

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
    private final Map<String, MessageFormat> formats = new HashMap<>();

    TextRenderer(Locale locale) {
        this.locale = Text.isChinese(locale) ? Text.CHINESE : Text.ENGLISH;
    }

    Locale locale() {
        return locale;
    }

    String render(Text t) {
        MessageFormat f = formats.computeIfAbsent(t.key(), k ->
                new MessageFormat(Text.bundle(k.substring(0, k.indexOf('.')), locale).getString(k), locale));
        Object[] args = t.args().toArray();
        for (int i = 0; i < args.length; i++) {
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
