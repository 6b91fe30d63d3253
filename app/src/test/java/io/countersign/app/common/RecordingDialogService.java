package io.countersign.app.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service for tests: remembers what would have been shown and answers confirmations as told. */
public final class RecordingDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<List<Shortcut>> shortcutSheets = new ArrayList<>();
    public final List<String> passphrasePrompts = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** What "choose a file to save" answers; null means the user cancelled. */
    public Path saveAnswer;

    public final List<String> saveSuggestions = new ArrayList<>();
    /** What the next passphrase prompt answers; null cancels. */
    public String passphraseAnswer;

    public Path directoryAnswer;
    /** What the file chooser answers; null is a cancel. */
    public Path fileToOpen;
    /** What the several-files chooser answers; empty is a cancel. */
    public List<Path> filesToOpen = List.of();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToSave(
            String title, Path folder, String suggestedName, String typeDescription, String extension) {
        saveSuggestions.add(suggestedName);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public void showShortcuts(List<Shortcut> shortcuts) {
        shortcutSheets.add(shortcuts);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.ofNullable(directoryAnswer);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        passphrasePrompts.add(title);
        return Optional.ofNullable(passphraseAnswer).map(String::toCharArray);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterName, List<String> patterns) {
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, List<String> patterns) {
        return Optional.ofNullable(fileToOpen);
    }
}
