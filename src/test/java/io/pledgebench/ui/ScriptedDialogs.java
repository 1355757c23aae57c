package io.pledgebench.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for tests: answers from a script and records what was shown. */
class ScriptedDialogs implements DialogService {

    final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    final Deque<Path> chosenPaths = new ArrayDeque<>();
    final List<String> confirmations = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<Throwable> errorDetails = new ArrayList<>();
    final List<String> informations = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final Deque<String> textAnswers = new ArrayDeque<>();
    final Deque<String> passwordAnswers = new ArrayDeque<>();
    final List<String> passwordPrompts = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        confirmations.add(message);
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("unexpected confirmation: " + message);
        }
        return confirmAnswers.pop();
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(title + ": " + message);
        errorDetails.add(details);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public void showText(String title, String message, String text) {
        informations.add(message);
        texts.add(text);
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        passwordPrompts.add(message);
        return Optional.ofNullable(passwordAnswers.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable(textAnswers.poll());
    }

    /** The answers of form dialogs, one list of field values per dialog; none left: cancelled. */
    final Deque<List<String>> fieldAnswers = new ArrayDeque<>();
    final List<List<String>> fieldLabels = new ArrayList<>();

    @Override
    public Optional<List<String>> askFields(String title, String message, List<String> labels) {
        fieldLabels.add(labels);
        return Optional.ofNullable(fieldAnswers.poll());
    }

    final List<io.pledgebench.app.StatusEventImport.Preview> statusPreviews = new ArrayList<>();
    /** How the officer answers a status-file preview; by default, applies what is not refused. */
    java.util.function.Predicate<io.pledgebench.app.StatusEventImport.Preview> statusPreviewAnswer = p -> !p.refused();

    @Override
    public boolean previewStatusUpdates(String title, io.pledgebench.app.StatusEventImport.Preview preview) {
        statusPreviews.add(preview);
        return statusPreviewAnswer.test(preview);
    }

    final List<ImportPreview> previews = new ArrayList<>();
    /** How the officer answers an import preview; by default, imports as read (no mapping, nothing saved). */
    java.util.function.Function<ImportPreview, Optional<ImportPreview.Decision>> previewAnswer =
            p -> Optional.of(new ImportPreview.Decision(io.pledgebench.io.ColumnMapping.NONE, null));

    @Override
    public Optional<ImportPreview.Decision> previewImport(String title, ImportPreview preview) {
        previews.add(preview);
        return previewAnswer.apply(preview);
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initialFolder, String filterDescription, List<String> extensions) {
        return Optional.ofNullable(chosenPaths.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return Optional.ofNullable(chosenPaths.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName, String filterDescription,
                                         List<String> extensions) {
        return Optional.ofNullable(chosenPaths.poll());
    }
}
