package io.pledgebench.ui;

/**
 * An input refused by a view model, with its reason already in the screen's language; any other exception that
 * reaches a screen is the engine's (English, for logs and the command line) and is shown through
 * {@link I18n#problem(Throwable)}.
 */
final class UserInputException extends IllegalArgumentException {

    UserInputException(String localizedReason) {
        super(localizedReason);
    }
}
