package io.countersign.app.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service for tests: remembers what would have been shown and answers confirmations as told. */
public final class RecordingDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<List<Shortcut>> shortcutSheets = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** What the file chooser answers; null is a cancel. */
    public Path fileToOpen;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirmAnswer;
    }

    @Override
    public void showShortcuts(List<Shortcut> shortcuts) {
        shortcutSheets.add(shortcuts);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, List<String> patterns) {
        return Optional.ofNullable(fileToOpen);
    }
}
