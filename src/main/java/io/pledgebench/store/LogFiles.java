package io.pledgebench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Rotating log files in {@code <data folder>/logs} for everything logged in the process: {@code pledgebench-0.log} is the newest, at most
 * {@link #FILES} files of {@link #LIMIT_BYTES} each. What PledgeBench logs is about the program (commands,
 * counts, hashes, durations, internal errors with their stack traces), never the content of a portfolio:
 * no enterprise, owner or person names, no amounts, no file paths (they often carry a borrower's name).
 */
public final class LogFiles {

    public static final int LIMIT_BYTES = 2 * 1024 * 1024;
    public static final int FILES = 5;
    private static final String ROOT = "io.pledgebench";

    private LogFiles() {
    }

    /** Sends the {@code io.pledgebench} loggers to rotating files in {@code folder}; returns the handler installed. */
    public static synchronized Handler configure(Path folder) {
        return configure(folder, LIMIT_BYTES, FILES);
    }

    static synchronized Handler configure(Path folder, int limitBytes, int files) {
        try {
            FilePermissions.privateFolder(folder);
            FileHandler handler = new FileHandler(folder.resolve("pledgebench-%g.log").toString(), limitBytes, files, true);
            try (java.util.stream.Stream<Path> logs = Files.list(folder)) {
                logs.filter(Files::isRegularFile).forEach(FilePermissions::ownerOnly);
            }
            handler.setEncoding("UTF-8");
            handler.setFormatter(new OneLine());
            handler.setErrorManager(new OneWarning(folder));
            // The root logger, so that the libraries' own warnings (POI through log4j-to-jul, JavaFX, H2) land in
            // the files too instead of on the console of a command-line user.
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
                h.close();
            }
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            return handler;
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                    ? e.getClass().getSimpleName() + ": " + fse.getReason() : String.valueOf(e.getMessage());
            throw new UncheckedIOException(new IOException("cannot write log files in " + folder + " (" + reason + ")", e));
        }
    }

    /**
     * A log file that stops taking lines (the disk filled up while the command ran) is said once, in one line in the
     * user's language, instead of the stack trace {@link java.util.logging.ErrorManager} prints at every failure.
     */
    private static final class OneWarning extends java.util.logging.ErrorManager {
        private final Path folder;
        private boolean said;

        OneWarning(Path folder) {
            this.folder = folder;
        }

        @Override
        public synchronized void error(String msg, Exception ex, int code) {
            if (said) {
                return;
            }
            said = true;
            String reason = io.pledgebench.io.OutputFile.isDiskFull(ex) ? "disk full"
                    : ex == null || ex.getMessage() == null ? String.valueOf(msg) : ex.getMessage();
            System.err.println("warning: " + io.pledgebench.domain.Text.of("security.env.noLogs", folder.toString(), reason)
                    .render(java.util.Locale.getDefault()));
        }
    }

    /**
     * {@link #configure(Path)}, or, when the folder cannot be written (it is a file, the home folder is read-only or
     * full), no log files at all and the reason to tell the user: a broken environment must not stop a command.
     */
    public static synchronized java.util.Optional<io.pledgebench.domain.Text> configureOrExplain(Path folder) {
        try {
            configure(folder);
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            disable();
            String reason = e instanceof UncheckedIOException u ? u.getCause().getMessage() : String.valueOf(e.getMessage());
            return java.util.Optional.of(io.pledgebench.domain.Text.of("security.env.noLogs", folder.toString(), reason));
        }
    }

    /**
     * Logs nowhere: when the log folder cannot be written (the data folder is a file, the home folder is read-only),
     * a command still runs, and libraries' warnings do not reach the console of a command-line user either.
     */
    public static synchronized void disable() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        root.setLevel(Level.OFF);
    }

    /**
     * One log record is one line: control characters, line breaks and bidi or zero-width characters in a message
     * (a file name from a portfolio, a library's message quoting a zip entry) are escaped as {@code \n} or
     * {@code \\uXXXX}, so text read from a file can never forge a record. Stack-trace lines below a record are all
     * indented, so a line at column 0 is always a record written by PledgeBench.
     */
    static String escape(String s) {
        return io.pledgebench.domain.OneLine.of(s);
    }

    /** {@code 2026-11-25T09:10:00Z INFO cli: message} and, for errors, the stack trace below. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder()
                    .append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName().startsWith(ROOT + ".") ? r.getLoggerName().substring(ROOT.length() + 1) : r.getLoggerName())
                    .append(": ").append(escape(formatMessage(r))).append(System.lineSeparator());
            if (r.getThrown() != null) {
                java.io.StringWriter sw = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(sw));
                sw.toString().lines().forEach(line -> b.append('\t')
                        .append(escape(line.startsWith("\t") ? line.substring(1) : line)).append(System.lineSeparator()));
            }
            return b.toString();
        }
    }
}
