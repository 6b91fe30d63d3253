package io.countersign.app.queue;

import java.util.List;

/**
 * Where pending drafts come from: the sample casebook in the demo today, the workspace's evidence
 * store later. Implementations may read files or a database: callers run them off the FX thread.
 */
public interface QueueSource {

    /** A short line for the status bar, such as "Demo: Larkspur Freight sample casebook". */
    String description();

    List<PendingDraft> pendingDrafts() throws Exception;

    /** No workspace yet: an empty queue, honestly labelled. */
    static QueueSource none() {
        return new QueueSource() {
            @Override
            public String description() {
                return "No workspace open";
            }

            @Override
            public List<PendingDraft> pendingDrafts() {
                return List.of();
            }
        };
    }
}
