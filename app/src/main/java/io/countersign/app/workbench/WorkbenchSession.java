package io.countersign.app.workbench;

import io.countersign.app.queue.QueueSource;
import java.util.concurrent.atomic.AtomicReference;

/** What the launcher hands the app (the queue and remembered settings) and gets back (settings at close). */
final class WorkbenchSession {
    private final QueueSource source;
    private final WorkbenchSettings settings;
    private final AtomicReference<WorkbenchSettings> closing = new AtomicReference<>();

    WorkbenchSession(QueueSource source, WorkbenchSettings settings) {
        this.source = source;
        this.settings = settings;
    }

    QueueSource source() {
        return source;
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
}
