package io.countersign.app.queue;

import io.countersign.model.decision.DecisionRecord;
import java.util.List;

/**
 * What a workspace knows about a draft beyond its content: the revisions the shown one supersedes
 * and the verified decisions on the draft (any revision). A casebook has neither.
 */
public record DraftHistory(List<Integer> supersededRevisions, List<DecisionRecord> decisions) {
    public static final DraftHistory NONE = new DraftHistory(List.of(), List.of());

    public DraftHistory {
        supersededRevisions = List.copyOf(supersededRevisions);
        decisions = List.copyOf(decisions);
    }
}
