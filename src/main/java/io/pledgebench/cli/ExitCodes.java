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
            if (!(ex instanceof io.pledgebench.domain.LocalizedMessage) && io.pledgebench.io.OutputFile.isDiskFull(ex)) {
                cl.getErr().println("error: " + oneLine(io.pledgebench.domain.Text.of("security.diskFull")
                        .render(java.util.Locale.getDefault())));
                return BAD_INPUT;
            }
            if (ex instanceof io.pledgebench.domain.LocalizedMessage m) {
                cl.getErr().println("error: " + oneLine(m.text().render(java.util.Locale.getDefault())));
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

    static final class ParameterHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            cl.getErr().println("error: " + oneLine(ex.getMessage()));
            cl.getErr().println("usage: " + cl.getCommandSpec().qualifiedName() + " --help");
            return BAD_INPUT;
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
