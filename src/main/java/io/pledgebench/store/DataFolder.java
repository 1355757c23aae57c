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

    /**
     * Creates the data folder if needed and makes it private to the user (0700, also when an older version left it
     * 0755); false when that is not possible (a read-only home, a file in its place), which the caller reports.
     */
    public static boolean makePrivate() {
        Path folder = location();
        try {
            FilePermissions.privateFolder(folder);
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
        FilePermissions.ownerOnly(folder);
        return true;
    }

    public static Path location() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".pledgebench");
    }
}
