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

    /**
     * Reads as {@link #read(Path, ColumnMapping)} does, keeping from a legal-event file only the events of the patents
     * {@code storedPatent} accepts (the others are counted in a notice). A test's stand-in keeps every event.
     */
    default ImportResult read(Path source, ColumnMapping mapping, java.util.function.Predicate<String> storedPatent) {
        return read(source, mapping);
    }

    /** The standard reader ({@link io.pledgebench.io.PortfolioReader}). */
    PortfolioReading STANDARD = new PortfolioReading() {
        @Override
        public ImportResult read(Path source) {
            return io.pledgebench.io.PortfolioReader.read(source);
        }

        @Override
        public ImportResult read(Path source, ColumnMapping mapping) {
            return io.pledgebench.io.PortfolioReader.read(source, mapping == null ? ColumnMapping.NONE : mapping);
        }

        @Override
        public ImportResult read(Path source, ColumnMapping mapping, java.util.function.Predicate<String> storedPatent) {
            return io.pledgebench.io.PortfolioReader.read(source, mapping == null ? ColumnMapping.NONE : mapping, storedPatent);
        }
    };
}
