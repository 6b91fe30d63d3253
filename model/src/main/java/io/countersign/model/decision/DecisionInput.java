package io.countersign.model.decision;

import io.countersign.model.format.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the approver chose, before any check: the draft revision decided on, the outcome, per-item
 * choices (for approve-reduced; empty means every item as proposed), the justification, the
 * mitigating control for an accepted conflict, the rule ids acknowledged, and when the draft was opened.
 */
public record DecisionInput(
        String draftId,
        int revision,
        Outcome outcome,
        List<LineItemChoice> choices,
        String justification,
        String mitigationControl,
        Set<String> acknowledged,
        Instant openedAt) {

    public DecisionInput {
        choices = List.copyOf(choices);
        acknowledged = Set.copyOf(acknowledged);
    }

    public boolean approves() {
        return outcome == Outcome.APPROVE || outcome == Outcome.APPROVE_REDUCED;
    }

    public boolean hasJustification() {
        return justification != null && !justification.isBlank();
    }
}
