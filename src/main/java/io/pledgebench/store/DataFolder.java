package io.pledgebench.store;

import java.nio.file.Path;

/**
 * The user's data folder: database, backups, logs and settings. {@code ~/.pledgebench} ({@code ~} being HOME
 * when it is set, see {@link #location(java.util.Map, java.util.Properties)}) unless the system property
 * {@code pledgebench.home} names another (tests and portable installs use it). Installers never
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
        return location(System.getenv(), System.getProperties());
    }

    /**
     * The data folder for this environment and these system properties: {@code pledgebench.home} when set; else
     * {@code $HOME/.pledgebench} when the HOME environment variable names an absolute folder; else Java's
     * {@code user.home} (which the JVM takes from the password database, not from HOME: {@code HOME=/tmp/x
     * pledgebench …} wrote its logs to the login's home, review 13b). Windows does not set HOME (Git Bash sets it
     * to the same profile folder), so it gets {@code user.home} there too.
     */
    static Path location(java.util.Map<String, String> environment, java.util.Properties properties) {
        String override = properties.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = environment.get("HOME");
        if (home != null && !home.isBlank()) {
            try {
                Path folder = Path.of(home);
                if (folder.isAbsolute()) {
                    return folder.resolve(".pledgebench");
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a path on this system: the JVM's home instead
            }
        }
        return Path.of(properties.getProperty("user.home"), ".pledgebench");
    }
}
