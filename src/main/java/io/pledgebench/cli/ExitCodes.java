package io.pledgebench.cli;

import picocli.CommandLine;

/**
 * Exit codes of the command line: 0 success, 2 bad input or a failure the user puts right (a full disk, a file
 * that is no PledgeBench database; with a one-line reason on stderr), 1 an internal failure. Bad input is signalled
 * by {@link IllegalArgumentException} (or its subclass {@link BadInputException}) from the engine and the readers.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }

    static final class ExceptionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
            if (ex instanceof BadInputException bad) {
                bad.lines().forEach(l -> cl.getErr().println(l));
                return BAD_INPUT;
            }
            CliText t = language(cl);
            if (!(ex instanceof io.pledgebench.domain.LocalizedMessage) && io.pledgebench.io.OutputFile.isDiskFull(ex)) {
                cl.getErr().println(t.error(oneLine(t.get("security.diskFull"))));
                return BAD_INPUT;
            }
            if (ex instanceof io.pledgebench.domain.LocalizedMessage m) {
                cl.getErr().println(t.error(oneLine(t.render(m.text()))));
                return ex instanceof IllegalArgumentException || userMustAct(ex) ? BAD_INPUT : INTERNAL;
            }
            if (ex instanceof IllegalArgumentException || ex instanceof java.time.DateTimeException) {
                cl.getErr().println("error: " + oneLine(ex.getMessage()));
                return BAD_INPUT;
            }
            if (ex instanceof io.pledgebench.store.StoreException) {
                cl.getErr().println("error: " + oneLine(ex.getMessage()));
                return INTERNAL;
            }
            java.util.logging.Logger.getLogger("io.pledgebench.cli")
                    .log(java.util.logging.Level.SEVERE, "internal error in " + cl.getCommandName(), ex);
            cl.getErr().println("internal error: " + ex);
            ex.printStackTrace(cl.getErr());
            return INTERNAL;
        }
    }

    /**
     * Failures the user, not PledgeBench, has to put right, said in one sentence (exit 2): a full disk (the database's
     * or an output's), a failed write to the database, a file that is no PledgeBench database at all.
     */
    static boolean userMustAct(Exception ex) {
        return ex instanceof io.pledgebench.store.FailedWriteException
                || ex instanceof io.pledgebench.io.OutputFile.OutputFailedException o && o.diskFull()
                || ex instanceof io.pledgebench.store.DamagedDatabaseException d && d.notADatabase();
    }

    /**
     * The language of a command's messages: its {@code --lang} when it has one and it was given a valid value, else
     * the language of the machine (Java's default locale), as the workbench chooses.
     */
    static CliText language(CommandLine cl) {
        CommandLine.Model.OptionSpec lang = cl.getCommandSpec().findOption("--lang");
        if (lang != null && lang.getValue() != null) {
            try {
                return CliText.of(lang.getValue().toString());
            } catch (IllegalArgumentException e) {
                // an unknown --lang is refused in English by the command itself; its other errors use the default
            }
        }
        return new CliText(java.util.Locale.getDefault());
    }

    /**
     * The {@code --lang} typed on the command line, when the parser stopped before reaching it (a bad value earlier in
     * the line): the refusal is then still in the user's language.
     */
    static java.util.Optional<CliText> typedLanguage(String[] args) {
        for (int i = 0; args != null && i < args.length; i++) {
            String v = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (v != null) {
                try {
                    return java.util.Optional.of(CliText.of(v));
                } catch (IllegalArgumentException e) {
                    return java.util.Optional.empty(); // an unknown --lang: the default language, as language() does
                }
            }
        }
        return java.util.Optional.empty();
    }

    static final class ParameterHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            CliText t = typedLanguage(args).orElseGet(() -> language(cl));
            cl.getErr().println(t.error(said(ex, t)));
            hint(ex, cl, args).or(() -> optionMeant(ex, cl)).ifPresent(h -> cl.getErr().println(t.note(h.apply(t))));
            cl.getErr().println(t.get("cli.root.usage", cl.getCommandSpec().qualifiedName() + " --help"));
            return BAD_INPUT;
        }

        /**
         * The refusal in the command's language: the two a user meets most (a missing parameter, an unknown option or
         * argument) from the bundles; any other in picocli's own words, which are English only.
         */
        private static String said(CommandLine.ParameterException ex, CliText t) {
            if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
                return t.get("cli.root.missing", String.join(", ", m.getMissing().stream().map(a -> a.isOption()
                        ? ((CommandLine.Model.OptionSpec) a).longestName()
                        : "'" + a.paramLabel() + "'").toList()));
            }
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
                return t.get("cli.root.unknown", String.join(", ", u.getUnmatched().stream()
                        .map(a -> "'" + oneLine(a) + "'").toList()));
            }
            // a value picocli could not convert: the option and the value, without Java's class and exception names
            if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() instanceof RuntimeException
                    && !(ex.getCause() instanceof CommandLine.ParameterException)) {
                String name = ex.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName()
                        : "'" + ex.getArgSpec().paramLabel() + "'";
                Class<?> type = ex.getArgSpec().type();
                return t.get(type == java.time.LocalDate.class ? "cli.root.notADate" : "cli.root.badValue", name,
                        oneLine(ex.getValue()));
            }
            return oneLine(ex.getMessage());
        }

        /** For an unknown option of a sub-command ({@code --dbb}): the options picocli finds similar ("--db"). */
        private static java.util.Optional<java.util.function.Function<CliText, String>> optionMeant(
                CommandLine.ParameterException ex, CommandLine cl) {
            if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || cl.getParent() == null
                    || u.getUnmatched().isEmpty() || !u.getUnmatched().get(0).startsWith("-")) {
                return java.util.Optional.empty();
            }
            java.util.List<String> options = u.getSuggestions().stream().filter(x -> x.startsWith("-")).toList();
            return options.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(t -> t.get("cli.root.didYouMean", String.join(", ", options)));
        }

        /**
         * What the user may have meant: the sub-command a mistyped or differently cased word names ("did you mean:
         * import?"), or, for options written before the sub-command ({@code --db X import F}), the same command with
         * them after its name.
         */
        private static java.util.Optional<java.util.function.Function<CliText, String>> hint(
                CommandLine.ParameterException ex, CommandLine cl, String[] args) {
            if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || cl.getParent() != null || args.length == 0) {
                return java.util.Optional.empty();
            }
            if (args[0].startsWith("-")) {
                for (int i = 1; i < args.length; i++) {
                    if (PledgeBenchCommand.isSubcommand(args[i])) {
                        java.util.List<String> reordered = new java.util.ArrayList<>();
                        reordered.add(cl.getCommandName());
                        reordered.addAll(java.util.Arrays.asList(args).subList(i, args.length));
                        reordered.addAll(java.util.Arrays.asList(args).subList(0, i));
                        String command = String.join(" ", reordered.stream().map(ParameterHandler::quoted).toList());
                        String options = String.join(" ", java.util.Arrays.asList(args).subList(0, i).stream()
                                .filter(a -> a.startsWith("-")).toList());
                        return java.util.Optional.of(t -> t.get("cli.root.optionBeforeCommand", options, oneLine(command)));
                    }
                }
                return java.util.Optional.empty();
            }
            java.util.List<String> meant = PledgeBenchCommand.meant(args[0], u.getSuggestions());
            if (meant.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(t -> t.get("cli.root.didYouMean", String.join(", ", meant)));
        }

        /** An argument as a shell would need it typed again: quoted when it holds a space or is empty. */
        private static String quoted(String arg) {
            return arg.isEmpty() || arg.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')
                    ? "'" + arg.replace("'", "'\\''") + "'" : arg;
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
