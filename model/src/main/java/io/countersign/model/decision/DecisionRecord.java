package io.countersign.model.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.format.Outcome;
import java.time.Instant;

/**
 * A decision as read back from a verified envelope: what views, quorum and exports rely on.
 * {@code predicate} is the full signed predicate for anything not lifted into a field.
 */
public record DecisionRecord(
        long seq,
        String draftId,
        int revision,
        String draftKind,
        String draftTitle,
        Outcome outcome,
        String approverId,
        String approverName,
        String keyId,
        Instant decidedAt,
        String justification,
        int approversNeeded,
        boolean training,
        ObjectNode predicate) {

    public boolean approves() {
        return outcome == Outcome.APPROVE || outcome == Outcome.APPROVE_REDUCED;
    }

    @Override
    public ObjectNode predicate() {
        return predicate.deepCopy();
    }
}
