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
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("pledgebench-%g.log").toString(), limitBytes, files, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new OneLine());
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write log files in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** {@code 2026-11-25T09:10:00Z INFO cli: message} and, for errors, the stack trace below. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder()
                    .append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName().startsWith(ROOT + ".") ? r.getLoggerName().substring(ROOT.length() + 1) : r.getLoggerName())
                    .append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                java.io.StringWriter sw = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(sw));
                b.append(sw);
            }
            return b.toString();
        }
    }
}
