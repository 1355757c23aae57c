package io.pledgebench.store;

import java.nio.file.Path;

/** Another PledgeBench window or command holds the database file. */
public final class DatabaseInUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(Path file, Throwable cause) {
        super("The database " + file + " is open in another PledgeBench window or command. Close it and try again,"
                + " or choose another database with --db.", cause);
    }
}
