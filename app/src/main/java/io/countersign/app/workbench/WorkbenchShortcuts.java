package io.countersign.app.workbench;

import io.countersign.app.common.Shortcut;
import java.util.List;

/** Every keyboard shortcut, as the shortcut sheet lists them. Handled in {@link ShortcutHandler}. */
public final class WorkbenchShortcuts {
    private WorkbenchShortcuts() {}

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("J  or  Ctrl+↓", "Next draft in the queue"),
            new Shortcut("K  or  Ctrl+↑", "Previous draft in the queue"),
            new Shortcut("F", "Jump to the findings (first finding selected)"),
            new Shortcut("↑ ↓  in findings", "Select another finding; its lines are highlighted in the diff"),
            new Shortcut("Q", "Back to the queue table"),
            new Shortcut("A", "Decide: approve the draft under review"),
            new Shortcut("E", "Decide: approve reduced (some line items, or a shorter expiry)"),
            new Shortcut("R", "Decide: reject"),
            new Shortcut("C", "Decide: request changes"),
            new Shortcut("Ctrl+Enter", "Sign the decision (asks for your passphrase)"),
            new Shortcut("Esc  in the decision panel", "Close the panel and return to the queue"),
            new Shortcut("/  or  Ctrl+F", "Search the queue"),
            new Shortcut("Esc  in search", "Leave the search and return to the queue"),
            new Shortcut("Ctrl+U", "Update the snapshot from snapshot, SCIM or AWS files"),
            new Shortcut("Esc  in the update", "Leave the update; the snapshot stays as it was"),
            new Shortcut("Ctrl+Shift+L", "Switch between light and dark theme"),
            new Shortcut("?  or  F1", "Show this sheet"));
}
