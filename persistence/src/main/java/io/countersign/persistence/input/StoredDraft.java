package io.countersign.persistence.input;

import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Draft;
import io.countersign.model.store.DraftRevisionRef;
import java.util.List;

/**
 * A draft's latest revision, parsed, with every revision the store holds (lowest first; all but
 * the last are superseded).
 */
public record StoredDraft(Draft draft, Digest digest, List<DraftRevisionRef> revisions) {

    public StoredDraft {
        revisions = List.copyOf(revisions);
    }

    public DraftRevisionRef latest() {
        return revisions.getLast();
    }

    /** Revisions this one supersedes: their approvals no longer count toward a quorum. */
    public List<DraftRevisionRef> superseded() {
        return revisions.subList(0, revisions.size() - 1);
    }
}
