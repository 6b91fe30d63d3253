package io.countersign.model.analysis;

import io.countersign.model.finding.Finding;
import io.countersign.model.format.Draft;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import java.util.List;
import java.util.Set;

/**
 * Everything a reviewer sees about one draft: per-identity effective-access diffs, the workflow diff
 * for workflow changes, the findings (most severe first), the derived risk and the approvers it needs.
 */
public record DraftAnalysis(
        Draft draft,
        String snapshotId,
        String policyId,
        List<IdentityReview> identities,
        WorkflowDiff workflow,
        List<Finding> findings,
        RiskTier risk,
        int approversNeeded,
        Set<String> touchedSystems) {

    public DraftAnalysis {
        identities = List.copyOf(identities);
        findings = List.copyOf(findings);
        touchedSystems = Set.copyOf(touchedSystems);
    }

    /**
     * The most severe finding about the draft that needs attention, or null when there is none.
     * Independence findings are about the reviewer, not the draft, and are left out: see {@link #blocked()}.
     */
    public Severity highestSeverity() {
        return findings.stream()
                .filter(Finding::needsAttention)
                .filter(f -> !f.rule().blocksDecision())
                .map(Finding::severity)
                .max(Enum::compareTo)
                .orElse(null);
    }

    /** True when an independence finding forbids the named approver from deciding. */
    public boolean blocked() {
        return findings.stream().anyMatch(f -> f.rule().blocksDecision());
    }
}
