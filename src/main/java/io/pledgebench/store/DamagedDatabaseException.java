package io.pledgebench.store;

import io.pledgebench.domain.LocalizedMessage;
import io.pledgebench.domain.Text;

/** The database file cannot be read as a database: damaged (a bad page, cut short) rather than edited or locked. */
public final class DamagedDatabaseException extends StoreException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;
    private final transient Text text;

    public DamagedDatabaseException(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    /** Whether the file is not an H2 database at all (its first bytes are no H2 header), rather than a damaged one. */
    public boolean notADatabase() {
        return text.key().startsWith("security.db.notADatabase");
    }

    /**
     * Whether the file was cut short before anything was ever stored in it (a creation stopped by a kill): the user
     * deletes it and repeats the command, as for a file that is no database.
     */
    public boolean neverWritten() {
        return text.key().equals("security.db.damaged.neverWritten");
    }

    @Override
    public Text text() {
        return text;
    }
}
