package io.countersign.app.workbench;

import io.countersign.app.workspace.WorkspaceSession;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the launcher hands the app (how to start and the remembered settings) and gets back (the
 * settings at close, and the open workspace to close on the launcher's thread).
 */
final class WorkbenchSession {
    private final WorkbenchStart start;
    private final WorkbenchSettings settings;
    private final AtomicReference<WorkbenchSettings> closing = new AtomicReference<>();
    private final AtomicReference<WorkspaceSession> workspace = new AtomicReference<>();

    WorkbenchSession(WorkbenchStart start, WorkbenchSettings settings) {
        this.start = start;
        this.settings = settings;
    }

    WorkbenchStart start() {
        return start;
    }

    WorkbenchSettings settings() {
        return settings;
    }

    void closedWith(WorkbenchSettings last) {
        closing.set(last);
    }

    /** Null when the window never closed normally. */
    WorkbenchSettings closingSettings() {
        return closing.get();
    }

    void closeAfterExit(WorkspaceSession open) {
        workspace.set(open);
    }

    /** The workspace still open when the window closed, or null. */
    WorkspaceSession openWorkspace() {
        return workspace.getAndSet(null);
    }
}
