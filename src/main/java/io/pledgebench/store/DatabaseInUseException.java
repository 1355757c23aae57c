package io.pledgebench.store;

import io.pledgebench.domain.LocalizedMessage;
import io.pledgebench.domain.Text;

import java.nio.file.Path;

/**
 * Another PledgeBench window or command holds the database file. The user, not PledgeBench, puts it right (closes the
 * other one or chooses another database): on the command line this is exit 2, said in the command's language.
 */
public final class DatabaseInUseException extends StoreException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;
    private final transient Text text;

    public DatabaseInUseException(Path file, Throwable cause) {
        this(Text.of("security.db.inUse", io.pledgebench.domain.OneLine.of(String.valueOf(file))), cause);
    }

    private DatabaseInUseException(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
