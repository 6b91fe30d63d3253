package io.countersign.app.decision;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.decision.DraftStanding;
import io.countersign.services.evidence.ReviewMaterial;

/**
 * One approver about to decide one draft revision, as the store sees it: what is decided on, the
 * analysis shown to this approver (with their independence findings), the draft's standing from
 * verified decisions, and an analyzer over the same snapshot and policy for the dry checks.
 */
public record DecisionCase(
        ReviewMaterial material,
        DraftAnalysis shown,
        DraftStanding standing,
        DraftAnalyzer analyzer,
        String approverId,
        String approverName) {

    public String draftId() {
        return material.draft().id();
    }

    public int revision() {
        return material.draft().revision();
    }
}
