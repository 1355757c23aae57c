package io.pledgebench.cli;

import java.util.List;

/** Bad input with one line per problem, printed to stderr; the command exits with code 2. */
public final class BadInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    public BadInputException(List<String> lines) {
        super(String.join("; ", lines));
        this.lines = List.copyOf(lines);
    }

    /** A refusal in both languages, English then Chinese, as the team-mode messages are printed. */
    static BadInputException bilingual(io.pledgebench.domain.Text text) {
        return new BadInputException(List.of("error: " + text.english(), "错误：" + text.chinese()));
    }

    /** A refusal in the language of {@code t}, once. */
    static BadInputException of(CliText t, io.pledgebench.domain.Text text) {
        return new BadInputException(List.of(t.error(t.render(text))));
    }

    public List<String> lines() {
        return lines;
    }
}
