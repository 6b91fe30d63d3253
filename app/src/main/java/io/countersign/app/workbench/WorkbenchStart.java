package io.countersign.app.workbench;

import java.nio.file.Path;

/**
 * How the window starts: on a fresh demo workspace, on a named folder, or (neither) on the last
 * workspace, falling back to the first-run screen.
 */
public record WorkbenchStart(boolean demoWorkspace, Path workspace) {

    public static WorkbenchStart demo() {
        return new WorkbenchStart(true, null);
    }

    public static WorkbenchStart lastWorkspace() {
        return new WorkbenchStart(false, null);
    }
}
