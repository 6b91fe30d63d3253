package io.countersign.app.common;

import java.util.List;

/** Every alert and confirmation goes through here, so view models never build windows and tests can answer. */
public interface DialogService {

    /** An error in plain words: what went wrong and what to do next. */
    void showError(String title, String message);

    boolean confirm(String title, String message, String confirmLabel);

    /** The sheet of keyboard shortcuts; it does not block. */
    void showShortcuts(List<Shortcut> shortcuts);
}
