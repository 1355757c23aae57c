package io.pledgebench.cli;

import io.pledgebench.store.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db PATH} option shared by the commands that use the database. */
public final class DbOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "database file (default ~/.pledgebench/pledgebench.mv.db)")
    Path db;

    Database open() {
        return Database.open(db);
    }
}
