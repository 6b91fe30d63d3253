package io.countersign.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every alert and confirmation goes through here, so view models never build windows and tests can answer. */
public interface DialogService {

    /** An error in plain words: what went wrong and what to do next. */
    void showError(String title, String message);

    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks where to save a new file, proposing {@code suggestedName} in {@code folder} (null: the
     * platform's choice); empty when the user cancels. Only {@code *.extension} files are offered.
     */
    Optional<Path> chooseFileToSave(
            String title, Path folder, String suggestedName, String typeDescription, String extension);

    /** The sheet of keyboard shortcuts; it does not block. */
    void showShortcuts(List<Shortcut> shortcuts);

    /** A folder the user picks (a workspace), or empty when they cancel. */
    Optional<Path> chooseDirectory(String title, Path initial);

    /**
     * Asks for a passphrase without echo. The caller owns the returned array and must wipe it;
     * empty when the user cancels.
     */
    Optional<char[]> askPassphrase(String title, String message);
    /** Files to open, several at once, or none when the user cancels; {@code patterns} such as "*.json". */
    default List<Path> chooseFilesToOpen(String title, String filterName, List<String> patterns) {
        return chooseFileToOpen(title, filterName, patterns).map(List::of).orElse(List.of());
    }

    /** A file to open, or empty when the user cancels; {@code patterns} such as "*.json". */
    default Optional<Path> chooseFileToOpen(String title, String filterName, List<String> patterns) {
        return Optional.empty();
    }
}
