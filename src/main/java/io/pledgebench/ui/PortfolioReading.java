package io.pledgebench.ui;

import io.pledgebench.io.ColumnMapping;
import io.pledgebench.io.ImportResult;

import java.nio.file.Path;

/** Reads a portfolio source (workbook, folder, CSV, legal-event file) into good rows and problems. */
@FunctionalInterface
public interface PortfolioReading {

    ImportResult read(Path source);

    /**
     * Reads with the officer's column choices. A reader that knows no mappings (a test's stand-in) reads as before
     * when there are none, and with the standard reader when there are.
     */
    default ImportResult read(Path source, ColumnMapping mapping) {
        return mapping == null || mapping.isEmpty() ? read(source) : io.pledgebench.io.PortfolioReader.read(source, mapping);
    }
}
