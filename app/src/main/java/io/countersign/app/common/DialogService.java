package io.countersign.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every alert and confirmation goes through here, so view models never build windows and tests can answer. */
public interface DialogService {

    /** An error in plain words: what went wrong and what to do next. */
    void showError(String title, String message);

    boolean confirm(String title, String message, String confirmLabel);

    /** The sheet of keyboard shortcuts; it does not block. */
    void showShortcuts(List<Shortcut> shortcuts);

    /** A file to open, or empty when the user cancels; {@code patterns} such as "*.json". */
    default Optional<Path> chooseFileToOpen(String title, String filterName, List<String> patterns) {
        return Optional.empty();
    }
}
