package io.pledgebench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a view model asks of the user through a dialog. View models depend on this interface only, so
 * they run in plain tests with a scripted implementation.
 */
public interface DialogService {

    /** Asks before a destructive action; true only when the user chose {@code actionLabel}. */
    boolean confirm(String title, String message, String actionLabel);

    /** A readable message, with the technical details (stack trace) behind "show details" and "copy details". */
    void showError(String title, String message, Throwable details);

    void showInformation(String title, String message);

    /** A message with a long read-only text below it (licences, notices), scrollable and selectable. */
    void showText(String title, String message, String text);

    /**
     * A password typed into a masked field (empty when cancelled). The caller clears the array once it is used,
     * so the password does not linger in memory as an immutable string.
     */
    Optional<char[]> askPassword(String title, String message);

    /** A line of text from the user (empty when cancelled). */
    Optional<String> askText(String title, String message, String initial);

    /**
     * Several lines of text in one form, one per label, answered in the labels' order (empty when cancelled): what a
     * valuer records when signing (name, qualification certificate number, firm, comment).
     */
    Optional<List<String>> askFields(String title, String message, List<String> labels);

    /**
     * The import preview: the officer sees each column with its field, picks or ignores, may apply a saved template
     * and name one to save; empty when the import is cancelled.
     */
    Optional<ImportPreview.Decision> previewImport(String title, ImportPreview preview);

    /**
     * The preview of a legal-status file (updates per patent, refusals and notices with their place); true only when
     * the officer chooses to apply it, never for a refused file.
     */
    boolean previewStatusUpdates(String title, io.pledgebench.app.StatusEventImport.Preview preview);

    /** A file to open, filtered to {@code extensions} (like {@code "*.csv"}). */
    Optional<Path> chooseFile(String title, Path initialFolder, String filterDescription, List<String> extensions);

    Optional<Path> chooseFolder(String title, Path initialFolder);

    /** A file to write, proposing {@code initialName}. */
    Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName, String filterDescription,
                                  List<String> extensions);
}
