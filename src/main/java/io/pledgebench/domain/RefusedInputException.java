package io.pledgebench.domain;

/** Input refused with a reason in both languages (the command line exits with 2). */
public class RefusedInputException extends IllegalArgumentException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;
    private final transient Text text;

    public RefusedInputException(Text text) {
        super(text.english());
        this.text = text;
    }

    public RefusedInputException(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    public static RefusedInputException of(String key, Object... args) {
        return new RefusedInputException(Text.of(key, args));
    }

    @Override
    public Text text() {
        return text;
    }
}
