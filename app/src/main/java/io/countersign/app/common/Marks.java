package io.countersign.app.common;

import io.countersign.model.analysis.AccessRow;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.format.DraftKind;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The one vocabulary of marks for severities, risks, changes, draft kinds and finding statuses. */
public final class Marks {
    private Marks() {}

    /** {@code null} means the draft has no finding that needs attention. */
    public static Mark severity(Severity severity) {
        if (severity == null) {
            return new Mark(Material2AL.CHECK_CIRCLE, "None", "sev-none");
        }
        return switch (severity) {
            case CRITICAL -> new Mark(Material2MZ.REPORT, "Critical", "sev-critical");
            case HIGH -> new Mark(Material2AL.ERROR, "High", "sev-high");
            case MEDIUM -> new Mark(Material2MZ.WARNING, "Medium", "sev-medium");
            case LOW -> new Mark(Material2AL.INFO, "Low", "sev-low");
            case INFO -> new Mark(Material2AL.INFO, "Info", "sev-info");
        };
    }

    public static Mark risk(RiskTier risk) {
        return switch (risk) {
            case CRITICAL -> new Mark(Material2MZ.SPEED, "Critical", "risk-critical");
            case HIGH -> new Mark(Material2MZ.SPEED, "High", "risk-high");
            case MEDIUM -> new Mark(Material2MZ.SPEED, "Medium", "risk-medium");
            case LOW -> new Mark(Material2MZ.SPEED, "Low", "risk-low");
        };
    }

    public static Mark change(AccessRow.Change change) {
        return switch (change) {
            case ADDED -> new Mark(Material2AL.ADD_CIRCLE, "Added", "change-added");
            case REMOVED -> new Mark(Material2MZ.REMOVE_CIRCLE, "Removed", "change-removed");
            case CHANGED -> new Mark(Material2MZ.SYNC_ALT, "Changed", "change-changed");
            case UNCHANGED -> new Mark(Material2AL.HORIZONTAL_RULE, "Unchanged", "change-unchanged");
        };
    }

    public static Mark kind(DraftKind kind) {
        return switch (kind) {
            case ACCESS_CHANGE -> new Mark(Material2MZ.PERSON_ADD, "Access", "kind-access");
            case WORKFLOW_CHANGE -> new Mark(Material2AL.ACCOUNT_TREE, "Workflow", "kind-workflow");
            case EXCEPTION -> new Mark(Material2MZ.POLICY, "Exception", "kind-exception");
            case CREDENTIAL -> new Mark(Material2MZ.VPN_KEY, "Credential", "kind-credential");
        };
    }

    public static Mark status(FindingStatus status) {
        return switch (status) {
            case NEW -> new Mark(Material2MZ.NEW_RELEASES, "New", "status-new");
            case PRE_EXISTING -> new Mark(Material2AL.HISTORY, "Pre-existing", "status-pre-existing");
            case RESOLVED -> new Mark(Material2AL.CHECK_CIRCLE, "Resolved", "status-resolved");
            case CUMULATIVE -> new Mark(Material2AL.LAYERS, "Cumulative", "status-cumulative");
        };
    }

    /** Step-up: the draft's risk needs more than one approver. */
    public static Mark stepUp(int approvers) {
        return new Mark(Material2MZ.PEOPLE, approvers + " approvers", "step-up");
    }
}
