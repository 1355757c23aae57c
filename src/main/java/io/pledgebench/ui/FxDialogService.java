package io.pledgebench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link DialogService} with JavaFX alerts and the platform's file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final I18n i18n;

    public FxDialogService(Supplier<Window> owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    /**
     * JavaFX's own {@link ButtonType#OK} and {@link ButtonType#CLOSE} take their text from the JVM locale, not the
     * workbench language: every dialog button is made here with the screen's language.
     */
    ButtonType ok() {
        return new ButtonType(i18n.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    ButtonType close() {
        return new ButtonType(i18n.get("ui.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, action, cancel);
        prepare(alert, title);
        // Destructive actions must not run on a reflexive Enter: the safe choice has the focus.
        ((Button) alert.getDialogPane().lookupButton(action)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, close());
        prepare(alert, title);
        if (details != null) {
            String trace = stackTrace(details);
            TextArea area = new TextArea(trace);
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(14);
            area.setAccessibleText(i18n.get("ui.dialog.details"));
            VBox.setVgrow(area, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(new VBox(area));
            ButtonType copy = new ButtonType(i18n.get("ui.dialog.copyDetails"), ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().add(0, copy);
            Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
            copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(message + System.lineSeparator() + System.lineSeparator() + trace);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            });
        }
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ok());
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public void showText(String title, String message, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, close());
        prepare(alert, title);
        javafx.scene.control.Label lead = new javafx.scene.control.Label(message);
        lead.setWrapText(true);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(18);
        area.setPrefColumnCount(90);
        area.setStyle("-fx-font-family: monospace;");
        VBox.setVgrow(area, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(10, lead, area));
        // Notices are laid out for about 100 columns; a narrow alert would hide half of every line.
        alert.getDialogPane().setPrefWidth(820);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        javafx.scene.control.Dialog<char[]> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("passwordField");
        field.setAccessibleText(i18n.get("ui.password.field"));
        javafx.scene.control.Label text = new javafx.scene.control.Label(message);
        text.setWrapText(true);
        text.setMaxWidth(440);
        VBox content = new VBox(10, text, field);
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(i18n.get("ui.password.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == open ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        Optional<char[]> result = dialog.showAndWait();
        field.clear();
        return result;
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        // OK / Cancel in the screen's language, not the JVM's (cold review 16 #10: "Cancel" / "OK" in the Chinese UI)
        dialog.getDialogPane().getButtonTypes().setAll(ok(),
                new ButtonType(i18n.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        return dialog.showAndWait();
    }

    @Override
    public Optional<List<String>> askFields(String title, String message, List<String> labels) {
        javafx.scene.control.Dialog<List<String>> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        List<javafx.scene.control.TextField> fields = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            javafx.scene.control.Label label = new javafx.scene.control.Label(labels.get(i));
            javafx.scene.control.TextField field = new javafx.scene.control.TextField();
            field.setId("field-" + i);
            field.setPrefColumnCount(28);
            field.setAccessibleText(labels.get(i));
            label.setLabelFor(field);
            grid.addRow(i, label, field);
            fields.add(field);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(i18n.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == ok ? fields.stream().map(javafx.scene.control.TextField::getText).toList() : null);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        return dialog.showAndWait();
    }

    @Override
    public Optional<ImportPreview.Decision> previewImport(String title, ImportPreview preview) {
        ImportPreviewDialog dialog = new ImportPreviewDialog(title, preview, i18n);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        return dialog.showAndWait();
    }

    @Override
    public boolean previewStatusUpdates(String title, io.pledgebench.app.StatusEventImport.Preview preview) {
        StatusUpdatesDialog dialog = new StatusUpdatesDialog(title, preview, i18n);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        return dialog.showAndWait().orElse(false);
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initialFolder, String filterDescription, List<String> extensions) {
        FileChooser chooser = fileChooser(title, initialFolder, filterDescription, extensions);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName, String filterDescription,
                                         List<String> extensions) {
        FileChooser chooser = fileChooser(title, initialFolder, filterDescription, extensions);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser fileChooser(String title, Path initialFolder, String filterDescription,
                                           List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, extensions));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    private void prepare(Alert alert, String title) {
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
