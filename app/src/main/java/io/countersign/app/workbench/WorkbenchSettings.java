package io.countersign.app.workbench;

import java.nio.file.Path;

/** What the workbench remembers between runs: the window's size, the last theme and the last workspace. */
public record WorkbenchSettings(double width, double height, boolean maximized, ThemeChoice theme, Path lastWorkspace) {
    public static final WorkbenchSettings DEFAULT = new WorkbenchSettings(1440, 900, false, ThemeChoice.LIGHT);

    public WorkbenchSettings {
        width = Math.max(960, Math.min(width, 10_000));
        height = Math.max(600, Math.min(height, 10_000));
        theme = theme == null ? ThemeChoice.LIGHT : theme;
    }

    public WorkbenchSettings(double width, double height, boolean maximized, ThemeChoice theme) {
        this(width, height, maximized, theme, null);
    }
}
