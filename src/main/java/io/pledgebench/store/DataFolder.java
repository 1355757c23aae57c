package io.pledgebench.store;

import java.nio.file.Path;

/**
 * The user's data folder: database, backups, logs and settings. {@code ~/.pledgebench} unless the system
 * property {@code pledgebench.home} names another (tests and portable installs use it). Installers never
 * write here, so an upgrade or an uninstall keeps every portfolio and assessment.
 */
public final class DataFolder {

    public static final String PROPERTY = "pledgebench.home";

    private DataFolder() {
    }

    public static Path location() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".pledgebench");
    }
}
