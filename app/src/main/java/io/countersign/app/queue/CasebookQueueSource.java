package io.countersign.app.queue;

import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Casebook;
import io.countersign.model.format.TrainingCase;
import io.countersign.services.sample.SampleCasebook;
import java.util.List;
import java.util.concurrent.Callable;

/** A casebook's drafts as a queue: the demo shows the sample casebook's cases as pending drafts. */
public final class CasebookQueueSource implements QueueSource {
    private final String description;
    private final Callable<Casebook> casebook;

    public CasebookQueueSource(String description, Callable<Casebook> casebook) {
        this.description = description;
        this.casebook = casebook;
    }

    public static CasebookQueueSource sample() {
        return new CasebookQueueSource("Demo · Larkspur Freight sample casebook", SampleCasebook::load);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<PendingDraft> pendingDrafts() throws Exception {
        return casebook.call().cases().stream()
                .map(CasebookQueueSource::pending)
                .toList();
    }

    private static PendingDraft pending(TrainingCase c) {
        // Independence cases name who the reviewer acts as; the others are reviewed by nobody in particular yet.
        ReviewContext review =
                c.reviewAs() == null ? ReviewContext.NONE : ReviewContext.approver(c.reviewAs(), c.priorApprovers());
        return new PendingDraft(c.draft(), c.snapshot(), c.policy(), c.pending(), review);
    }
}
