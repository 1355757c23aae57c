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

    @Override
    public Text text() {
        return text;
    }
}
