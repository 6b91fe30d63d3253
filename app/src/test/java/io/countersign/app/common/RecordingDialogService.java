package io.countersign.app.common;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A dialog service for tests: remembers what would have been shown and answers confirmations as told. */
public final class RecordingDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<List<Shortcut>> shortcutSheets = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** What "choose a file to save" answers; null means the user cancelled. */
    public Path saveAnswer;
    public final List<String> saveSuggestions = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path folder, String suggestedName, String typeDescription, String extension) {
        saveSuggestions.add(suggestedName);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public void showShortcuts(List<Shortcut> shortcuts) {
        shortcutSheets.add(shortcuts);
    }
}
