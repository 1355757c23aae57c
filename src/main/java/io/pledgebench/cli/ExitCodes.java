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
     * or an output's), a failed write to the database, a database another window or command holds, a file that is no
     * PledgeBench database at all.
     */
    static boolean userMustAct(Exception ex) {
        return ex instanceof io.pledgebench.store.FailedWriteException
                || ex instanceof io.pledgebench.store.DatabaseInUseException
                || ex instanceof io.pledgebench.io.OutputFile.OutputFailedException o && o.diskFull()
                || ex instanceof io.pledgebench.store.DamagedDatabaseException d && (d.notADatabase() || d.neverWritten());
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
     * The language of a refusal of the parser: as {@link #language(CommandLine)}, or the {@code --lang} the arguments
     * give when the parser stopped before reading it ({@code monitor --as-of 2020-13-01 --lang zh-CN}) or when it was
     * written before the sub-command ({@code pledgebench --lang=zh-CN import F}).
     */
    static CliText language(CommandLine cl, String[] args) {
        return asked(args).orElseGet(() -> language(cl));
    }

    /** The language {@code --lang X} or {@code --lang=X} among the arguments names, when one names a language. */
    static java.util.Optional<CliText> asked(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return java.util.Optional.of(CliText.of(value));
                } catch (IllegalArgumentException e) {
                    // not a language: the machine's, as for any command without --lang
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A warning printed before the command runs (no log files can be written), in the language its arguments ask
     * for, else the machine's: review 13b found it English under {@code --lang zh-CN}.
     */
    public static String warning(String[] args, io.pledgebench.domain.Text problem) {
        CliText t = asked(args).orElseGet(() -> new CliText(java.util.Locale.getDefault()));
        return t.warning(oneLine(t.render(problem)));
    }

    static final class ParameterHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            CliText t = language(cl, args);
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
            if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
                return t.get("cli.root.twice", name(o.getOverwritten()));
            }
            if (ex.getClass() == CommandLine.ParameterException.class && ex.getArgSpec() != null && ex.getValue() != null
                    && ex.getCause() != null) {
                // a value picocli could not convert to the option's type ("Invalid value for option '--x': 'abc' is
                // not a double"): said with what the option takes
                return t.get("cli.root.badValue", name(ex.getArgSpec()), oneLine(ex.getValue()),
                        t.get("cli.root.type." + typeWord(ex.getArgSpec())));
            }
            // any other refusal of the parser: its own words are English, so another language says only that the
            // command line is wrong, naming the option or parameter when picocli says which
            if (t.chinese()) {
                return ex.getArgSpec() == null ? t.get("cli.root.invalid")
                        : t.get("cli.root.invalidArgument", name(ex.getArgSpec()));
            }
            return oneLine(ex.getMessage());
        }

        /** An option by its longest name, a positional parameter by its label. */
        private static String name(CommandLine.Model.ArgSpec a) {
            return a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : "'" + a.paramLabel() + "'";
        }

        /** The kind of value an option takes, as a word of the bundle ({@code cli.root.type.*}). */
        private static String typeWord(CommandLine.Model.ArgSpec a) {
            Class<?> type = a.auxiliaryTypes().length > 0 && a.isMultiValue() ? a.auxiliaryTypes()[0] : a.type();
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                    || type == short.class || type == Short.class) {
                return "whole";
            }
            if (type == double.class || type == Double.class || type == float.class || type == Float.class
                    || type == java.math.BigDecimal.class) {
                return "number";
            }
            if (type == java.time.LocalDate.class) {
                return "date";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "boolean";
            }
            return "other";
        }

        /** For an unknown option of a sub-command ({@code --dbb}): the options picocli finds similar ("--db"). */
        private static java.util.Optional<java.util.function.Function<CliText, String>> optionMeant(
                CommandLine.ParameterException ex, CommandLine cl) {
            if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || cl.getParent() == null
                    || u.getUnmatched().isEmpty() || !u.getUnmatched().get(0).startsWith("-")) {
                return java.util.Optional.empty();
            }
            String typed = u.getUnmatched().get(0).split("=", 2)[0];
            java.util.List<String> options = Suggestions.closest(typed, cl.getCommandSpec().optionsMap().keySet().stream()
                    .filter(x -> x.startsWith("--")).toList());
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
            java.util.List<String> meant = PledgeBenchCommand.meant(args[0]);
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
