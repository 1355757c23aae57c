package io.pledgebench.cli;

import io.pledgebench.domain.RefusedInputException;
import io.pledgebench.io.OutputFile;
import io.pledgebench.store.Database;
import io.pledgebench.store.DatabaseLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The output files of a command, guarded by {@link OutputFile}: the database, backups and inputs are never written over. */
final class Outputs {

    /** The files a portfolio folder is read from (see {@code io.PortfolioReader}). */
    private static final List<String> FOLDER_INPUTS = List.of("patents.csv", "enterprise.csv", "loan.csv");

    private Outputs() {
    }

    /** {@code target} guarded against the databases (the given one and the default one) and {@code inputs}. */
    static OutputFile file(Path target, boolean force, Path db, Path... inputs) {
        return OutputFile.of(target).overwrite(force).protect(protectedPaths(db, inputs));
    }

    static List<Path> protectedPaths(Path db, Path... inputs) {
        List<Path> all = new ArrayList<>();
        addDatabase(all, db);
        addDatabase(all, Database.defaultLocation());
        for (Path in : inputs) {
            if (in == null) {
                continue;
            }
            if (!Files.isDirectory(in)) {
                all.add(in);
            } else {
                for (String name : FOLDER_INPUTS) {
                    all.add(in.resolve(name));
                }
                try (Stream<Path> files = Files.list(in)) {
                    // the reader matches the names whatever their case (Loan.csv, ENTERPRISE.CSV)
                    files.filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                        return FOLDER_INPUTS.contains(n) || n.endsWith(".xlsx") || n.endsWith(".xls");
                    }).forEach(all::add);
                } catch (IOException e) {
                    // an unreadable folder has no inputs to protect; reading it fails with its own message
                }
            }
        }
        return all;
    }

    private static void addDatabase(List<Path> all, Path db) {
        if (db == null) {
            return;
        }
        try {
            all.addAll(DatabaseLocation.of(db).protectedFiles());
        } catch (RefusedInputException e) {
            // a path that is no database location guards nothing; --db itself is refused where it is opened
        }
    }
}
