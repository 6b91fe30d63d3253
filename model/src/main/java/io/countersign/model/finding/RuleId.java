package io.countersign.model.finding;

import io.countersign.model.format.Severity;
import java.util.Arrays;
import java.util.Optional;

/**
 * The findings catalog. Codes are stable: casebooks, decision records and other tools refer to them.
 * The severity here is the default; a rule may raise or lower it for a concrete case and says why.
 */
public enum RuleId {
    LP_WILDCARD_SCOPE("LP-WILDCARD-SCOPE", RuleGroup.LEAST_PRIVILEGE, Severity.HIGH, "Wildcard or all-resources scope"),
    LP_CRITICAL_ENTITLEMENT(
            "LP-CRITICAL-ENTITLEMENT", RuleGroup.LEAST_PRIVILEGE, Severity.HIGH, "Critical entitlement"),
    LP_PRIVILEGED_DURATION(
            "LP-PRIVILEGED-DURATION",
            RuleGroup.LEAST_PRIVILEGE,
            Severity.HIGH,
            "Privileged access without expiry or beyond the maximum"),
    LP_WIDER_THAN_REQUEST(
            "LP-WIDER-THAN-REQUEST",
            RuleGroup.LEAST_PRIVILEGE,
            Severity.HIGH,
            "Proposal wider than the human's request"),
    LP_PEER_OUTLIER("LP-PEER-OUTLIER", RuleGroup.LEAST_PRIVILEGE, Severity.MEDIUM, "Unusual among org-unit peers"),
    LP_DORMANT_ACCESS(
            "LP-DORMANT-ACCESS", RuleGroup.LEAST_PRIVILEGE, Severity.MEDIUM, "Dormant access kept or renewed"),
    LP_UNKNOWN_ENTITLEMENT(
            "LP-UNKNOWN-ENTITLEMENT", RuleGroup.LEAST_PRIVILEGE, Severity.HIGH, "Unknown entitlement or role"),
    LP_ESCALATION_PATH(
            "LP-ESCALATION-PATH", RuleGroup.LEAST_PRIVILEGE, Severity.HIGH, "Entitlement that can grant access"),
    LP_NHI_HUMAN_ONLY(
            "LP-NHI-HUMAN-ONLY",
            RuleGroup.LEAST_PRIVILEGE,
            Severity.CRITICAL,
            "Non-human identity given human-only access"),
    LP_NHI_NO_OWNER(
            "LP-NHI-NO-OWNER", RuleGroup.LEAST_PRIVILEGE, Severity.HIGH, "Non-human identity without a human owner"),
    LP_CREDENTIAL_LIFETIME(
            "LP-CREDENTIAL-LIFETIME",
            RuleGroup.LEAST_PRIVILEGE,
            Severity.HIGH,
            "Credential lifetime beyond the maximum"),

    SOD_CONFLICT("SOD-CONFLICT", RuleGroup.SEPARATION_OF_DUTIES, Severity.HIGH, "Separation-of-duties conflict"),

    WF_STEP_REMOVED("WF-STEP-REMOVED", RuleGroup.WORKFLOW, Severity.HIGH, "Approval step removed"),
    WF_QUORUM_LOWERED("WF-QUORUM-LOWERED", RuleGroup.WORKFLOW, Severity.HIGH, "Quorum lowered"),
    WF_AUTO_APPROVE_ADDED(
            "WF-AUTO-APPROVE-ADDED", RuleGroup.WORKFLOW, Severity.HIGH, "Auto-approve or bypass condition added"),
    WF_APPROVER_IS_REQUESTER(
            "WF-APPROVER-IS-REQUESTER", RuleGroup.WORKFLOW, Severity.HIGH, "Approver can be the requester"),
    WF_NONHUMAN_APPROVER(
            "WF-NONHUMAN-APPROVER", RuleGroup.WORKFLOW, Severity.CRITICAL, "AI or service identity placed as approver"),
    WF_SOD_CHECK_REMOVED(
            "WF-SOD-CHECK-REMOVED", RuleGroup.WORKFLOW, Severity.CRITICAL, "Separation-of-duties check removed"),

    EX_NO_EXPIRY("EX-NO-EXPIRY", RuleGroup.EXCEPTION, Severity.HIGH, "Exception without expiry"),
    EX_NO_OWNER("EX-NO-OWNER", RuleGroup.EXCEPTION, Severity.HIGH, "Exception without an owner"),
    EX_NO_CONTROL("EX-NO-CONTROL", RuleGroup.EXCEPTION, Severity.HIGH, "Exception without a mitigating control"),
    EX_CONTROL_NOT_VALID(
            "EX-CONTROL-NOT-VALID",
            RuleGroup.EXCEPTION,
            Severity.HIGH,
            "Mitigating control not valid for the exception's period"),

    GOV_STALE_BASIS(
            "GOV-STALE-BASIS", RuleGroup.GOVERNANCE, Severity.HIGH, "Assistant worked from a stale view of access"),
    GOV_NO_OWNER(
            "GOV-NO-OWNER",
            RuleGroup.GOVERNANCE,
            Severity.MEDIUM,
            "No named owner for an affected system or entitlement"),
    GOV_UNKNOWN_IDENTITY("GOV-UNKNOWN-IDENTITY", RuleGroup.GOVERNANCE, Severity.HIGH, "Identity not in the snapshot"),
    GOV_LOOKALIKE_ID(
            "GOV-LOOKALIKE-ID", RuleGroup.GOVERNANCE, Severity.HIGH, "Id that looks like a known one or mixes scripts"),
    GOV_STEP_UP_REQUIRED("GOV-STEP-UP-REQUIRED", RuleGroup.GOVERNANCE, Severity.INFO, "Step-up approval required"),
    GOV_NO_ROLLBACK(
            "GOV-NO-ROLLBACK",
            RuleGroup.GOVERNANCE,
            Severity.MEDIUM,
            "High-impact change without rollback plan or change window"),
    GOV_SOURCE_NOT_ALLOWED(
            "GOV-SOURCE-NOT-ALLOWED",
            RuleGroup.GOVERNANCE,
            Severity.HIGH,
            "Assistant consulted a source outside its allowed data"),

    IND_SELF_APPROVAL(
            "IND-SELF-APPROVAL", RuleGroup.INDEPENDENCE, Severity.CRITICAL, "Approver is involved in the request"),
    IND_NOT_HUMAN("IND-NOT-HUMAN", RuleGroup.INDEPENDENCE, Severity.CRITICAL, "Approver is not a human"),
    IND_OUTSIDE_DOMAIN(
            "IND-OUTSIDE-DOMAIN", RuleGroup.INDEPENDENCE, Severity.CRITICAL, "Approver outside their domain"),
    IND_DUPLICATE_APPROVER(
            "IND-DUPLICATE-APPROVER", RuleGroup.INDEPENDENCE, Severity.CRITICAL, "Same person twice toward a quorum");

    private final String code;
    private final RuleGroup group;
    private final Severity defaultSeverity;
    private final String title;

    RuleId(String code, RuleGroup group, Severity defaultSeverity, String title) {
        this.code = code;
        this.group = group;
        this.defaultSeverity = defaultSeverity;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public RuleGroup group() {
        return group;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String title() {
        return title;
    }

    /** Independence findings block the decision rather than inform it. */
    public boolean blocksDecision() {
        return group == RuleGroup.INDEPENDENCE;
    }

    public static Optional<RuleId> fromCode(String code) {
        return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst();
    }
}
