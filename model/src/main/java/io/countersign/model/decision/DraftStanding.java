package io.countersign.model.decision;

import io.countersign.model.format.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a draft stands given its verified decisions. Only decisions on the latest revision count:
 * a new revision voids earlier approvals for the quorum (they stay recorded, marked superseded).
 * Any reject rejects; request-changes sends back; approvals from distinct people meet the quorum.
 */
public record DraftStanding(
        String draftId, int latestRevision, List<String> approvers, int approversNeeded, String finalOutcome) {

    public DraftStanding {
        approvers = List.copyOf(approvers);
    }

    public static DraftStanding of(
            String draftId, int latestRevision, int approversNeeded, List<DecisionRecord> decisions) {
        Set<String> approvers = new LinkedHashSet<>();
        String finalOutcome = null;
        for (DecisionRecord decision : decisions) {
            if (!decision.draftId().equals(draftId) || decision.revision() != latestRevision) {
                continue;
            }
            if (decision.outcome() == Outcome.REJECT) {
                finalOutcome = "rejected";
            } else if (decision.outcome() == Outcome.REQUEST_CHANGES && finalOutcome == null) {
                finalOutcome = "sent back for changes";
            } else if (decision.approves()) {
                approvers.add(decision.approverId());
            }
        }
        if (finalOutcome == null && approvers.size() >= approversNeeded) {
            finalOutcome = "approved";
        }
        return new DraftStanding(draftId, latestRevision, new ArrayList<>(approvers), approversNeeded, finalOutcome);
    }

    public boolean isFinal() {
        return finalOutcome != null;
    }

    public DecisionRules.Standing forRules() {
        return new DecisionRules.Standing(latestRevision, finalOutcome);
    }
}
