package io.pledgebench.ui;

import io.pledgebench.app.Progress;
import io.pledgebench.app.StatusEventImport;
import io.pledgebench.domain.Text;
import io.pledgebench.store.Database;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Legal-status updates imported on the Loan book screen, as {@code events import} does on the command line and through
 * the same service ({@link StatusEventImport}): the officer chooses a file (the CN status CSV, EPO OPS or USPTO
 * assignment XML); it is read in the background; the preview shows the updates per patent and every refusal and notice
 * with its place; "Apply" (the confirmation) stores them in one audited transaction in the background, with progress
 * and cancel (a cancel before the commit stores nothing); then the monitoring view is refreshed.
 */
final class StatusUpdatesImport {

    private final ReadOnlyObjectProperty<Database> database;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<LocalDate> today;
    private final String user;
    private final Consumer<Text> message;
    private final Consumer<String> error;
    private final Runnable applied;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param message where a result is told (in the screen's language when shown)
     * @param error   where a refusal is told, already in the screen's language
     * @param applied run on the FX thread once updates were stored (the monitoring view refreshes)
     */
    StatusUpdatesImport(ReadOnlyObjectProperty<Database> database, TaskExecutor tasks, DialogService dialogs, I18n i18n,
                        Supplier<LocalDate> today, String user, Consumer<Text> message, Consumer<String> error,
                        Runnable applied) {
        this.database = database;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.today = today;
        this.user = user;
        this.message = message;
        this.error = error;
        this.applied = applied;
    }

    /** Whether a file is being read or applied (the button waits). */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Asks for a status file and imports it. */
    void chooseAndImport() {
        dialogs.chooseFile(i18n.get("ui.events.choose.title"), null, i18n.get("ui.events.choose.filter"),
                List.of("*.csv", "*.txt", "*.xml")).ifPresent(this::importFrom);
    }

    /** Reads {@code file} in the background, then shows the preview; returns the reading task (null when none). */
    Task<StatusEventImport.Preview> importFrom(Path file) {
        Database db = database.get();
        error.accept("");
        if (db == null || busy.get()) {
            return null;
        }
        LocalDate day = today.get();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Task<StatusEventImport.Preview> read = new Task<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                return super.cancel(false); // an interrupt inside H2's file channel would close the database
            }

            @Override
            protected StatusEventImport.Preview call() {
                updateTitle(i18n.get("ui.events.task.read", name));
                return StatusEventImport.read(db, file, day);
            }
        };
        busy.set(true);
        read.setOnSucceeded(e -> {
            busy.set(false);
            StatusEventImport.Preview preview = read.getValue();
            boolean apply = dialogs.previewStatusUpdates(i18n.get("ui.events.preview.title", name), preview);
            if (preview.refused()) {
                error.accept(i18n.get("ui.events.refused", name, preview.refusals().size()));
            } else if (apply) {
                apply(db, preview);
            } else {
                message.accept(Text.of("ui.events.notApplied", name));
            }
        });
        read.setOnCancelled(e -> {
            busy.set(false);
            message.accept(Text.of("ui.events.cancelled", name));
        });
        read.setOnFailed(e -> {
            busy.set(false);
            dialogs.showError(i18n.get("ui.events.error"), i18n.problem(read.getException()), read.getException());
        });
        return tasks.run(read);
    }

    private void apply(Database db, StatusEventImport.Preview preview) {
        String name = preview.fileName();
        Task<Integer> task = new Task<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                return super.cancel(false); // checked between batches of rows: the transaction rolls back
            }

            @Override
            protected Integer call() {
                updateTitle(i18n.get("ui.events.task.apply", name));
                return StatusEventImport.apply(db, preview, user, new Progress() {
                    @Override
                    public void update(int done, int total) {
                        updateProgress(done, Math.max(total, 1));
                        updateMessage(i18n.get("ui.events.task.applyProgress", done, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            message.accept(Text.of("ui.events.applied", task.getValue(), name));
            applied.run();
        });
        task.setOnCancelled(e -> {
            busy.set(false);
            message.accept(Text.of("ui.events.cancelled", name));
        });
        task.setOnFailed(e -> {
            busy.set(false);
            if (task.getException() instanceof java.util.concurrent.CancellationException) {
                message.accept(Text.of("ui.events.cancelled", name));
            } else {
                dialogs.showError(i18n.get("ui.events.error"), i18n.problem(task.getException()), task.getException());
            }
        });
        tasks.run(task);
    }
}
