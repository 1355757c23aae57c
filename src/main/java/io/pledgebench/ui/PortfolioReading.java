package io.pledgebench.ui;

import io.pledgebench.io.ImportResult;

import java.nio.file.Path;

/** Reads a portfolio source (workbook, folder, CSV, legal-event file) into good rows and problems. */
@FunctionalInterface
public interface PortfolioReading {

    ImportResult read(Path source);
}
