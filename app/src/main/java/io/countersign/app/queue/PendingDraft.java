package io.countersign.app.queue;

import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import java.util.List;

/**
 * A draft waiting for a decision, with the snapshot and policy it is judged against, the affected
 * identities' other pending drafts (for cumulative findings), who is about to review it and, from a
 * workspace, its earlier revisions and decisions.
 */
public record PendingDraft(
        Draft draft,
        Snapshot snapshot,
        Policy policy,
        List<Draft> otherPending,
        ReviewContext review,
        DraftHistory history) {

    public PendingDraft {
        otherPending = List.copyOf(otherPending);
        review = review == null ? ReviewContext.NONE : review;
        history = history == null ? DraftHistory.NONE : history;
    }

    public PendingDraft(Draft draft, Snapshot snapshot, Policy policy, List<Draft> otherPending, ReviewContext review) {
        this(draft, snapshot, policy, otherPending, review, DraftHistory.NONE);
    }
}
