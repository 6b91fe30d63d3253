package io.countersign.benchmarks.gui;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.Shortcut;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** No dialog may open during a measured run: any would mean the scenario went wrong, so it stops the run. */
final class FailingDialogs implements DialogService {

    private static IllegalStateException unexpected(String title, String message) {
        return new IllegalStateException(
                "the workbench opened a dialog: " + title + (message == null ? "" : ": " + message));
    }

    @Override
    public void showError(String title, String message) {
        throw unexpected(title, message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        throw unexpected(title, message);
    }

    @Override
    public Optional<Path> chooseFileToSave(
            String title, Path folder, String suggestedName, String typeDescription, String extension) {
        throw unexpected(title, null);
    }

    @Override
    public void showShortcuts(List<Shortcut> shortcuts) {
        throw unexpected("shortcuts", null);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        throw unexpected(title, null);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        throw unexpected(title, message);
    }
}
