package io.countersign.services.queue;

import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.decision.DraftStanding;
import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Draft;
import io.countersign.model.store.DraftRevisionRef;
import io.countersign.persistence.input.StoredDraft;
import java.util.List;

/** One draft in the queue: its latest revision as stored, and the verified decisions on any of its revisions. */
public record QueueEntry(StoredDraft stored, List<DecisionRecord> decisions) {

    public QueueEntry {
        decisions = List.copyOf(decisions);
    }

    public Draft draft() {
        return stored.draft();
    }

    public Digest digest() {
        return stored.digest();
    }

    /** Earlier revisions: their approvals no longer count toward a quorum. */
    public List<Integer> supersededRevisions() {
        return stored.superseded().stream().map(DraftRevisionRef::revision).toList();
    }

    /** Where the latest revision stands, given how many approvers it needs. */
    public DraftStanding standing(int approversNeeded) {
        return DraftStanding.of(draft().id(), draft().revision(), approversNeeded, decisions);
    }

    /** Rejected or sent back: it cannot combine with other drafts any more. Approved drafts stay open. */
    public boolean isFinal() {
        return standing(Integer.MAX_VALUE).isFinal();
    }
}
