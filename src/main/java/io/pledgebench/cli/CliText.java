package io.pledgebench.cli;

import io.pledgebench.domain.Text;

import java.util.Locale;

/**
 * The command line's sentences in one language (the command's {@code --lang}): each refusal, notice and result is
 * printed once, in that language, with its prefix ("error: " / "错误："), from the {@code cli} bundle.
 */
final class CliText {

    private final Locale locale;

    CliText(Locale locale) {
        this.locale = locale;
    }

    /** The language of {@code --lang en|zh-CN}; any other value is refused. */
    static CliText of(String lang) {
        return new CliText(AssessCommand.locale(lang));
    }

    Locale locale() {
        return locale;
    }

    boolean chinese() {
        return Text.isChinese(locale);
    }

    String get(String key, Object... args) {
        return Text.of(key, args).render(locale);
    }

    String render(Text text) {
        return text.render(locale);
    }

    String error(String sentence) {
        return get("cli.line.error", sentence);
    }

    String note(String sentence) {
        return get("cli.line.note", sentence);
    }

    String warning(String sentence) {
        return get("cli.line.warning", sentence);
    }

    String rejected(String sentence) {
        return get("cli.line.rejected", sentence);
    }

    /** An import problem as one line, with the place named in this language. */
    String describe(io.pledgebench.io.ImportProblem p) {
        return chinese() ? p.describeZh() : p.describe();
    }

    /** An import notice as one line, with the place named in this language. */
    String describe(io.pledgebench.io.ImportNote n) {
        return chinese() ? n.describeZh() : n.describe();
    }
}
