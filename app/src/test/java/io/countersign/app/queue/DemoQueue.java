package io.countersign.app.queue;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The sample casebook's queue, analysed once per test run (the analysis is the slow part). */
public final class DemoQueue {
    /** Two days after the sample drafts were written, so ages read "2 d" on every machine. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);

    private static List<PendingDraft> pending;

    private DemoQueue() {}

    public static synchronized List<PendingDraft> pending() throws Exception {
        if (pending == null) {
            pending = CasebookQueueSource.sample().pendingDrafts();
        }
        return pending;
    }

    /** A source over the cached drafts. */
    public static QueueSource source() {
        return new QueueSource() {
            @Override
            public String description() {
                return "Demo · Larkspur Freight sample casebook";
            }

            @Override
            public List<PendingDraft> pendingDrafts() throws Exception {
                return pending();
            }
        };
    }

    public static QueueViewModel loadedModel() {
        QueueViewModel model =
                new QueueViewModel(source(), new SameThreadTaskExecutor(), new RecordingDialogService(), CLOCK);
        model.load();
        return model;
    }

    public static QueueItem item(QueueViewModel model, String id) {
        return model.allItems().stream()
                .filter(item -> item.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
