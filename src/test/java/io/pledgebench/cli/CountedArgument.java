package io.pledgebench.cli;

/**
 * A sentence argument that counts how often it is formatted and shows as {@code shown}: {@link java.text.MessageFormat}
 * formats an argument that is neither number, date nor string by its {@code toString()}, so a test can tell a sentence
 * rendered once from one rendered for each output.
 */
final class CountedArgument {
    final String shown;
    int rendered;

    CountedArgument(String shown) {
        this.shown = shown;
    }

    @Override
    public String toString() {
        rendered++;
        return shown;
    }
}
