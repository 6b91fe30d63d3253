package io.countersign.model.finding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Framework references per rule, each checked against the published list (see docs/frameworks.md
 * for the sources). Printed exactly as written here.
 */
public final class FrameworkReferences {
    private FrameworkReferences() {}

    private static final Map<RuleId, List<String>> BY_RULE = new EnumMap<>(RuleId.class);

    static {
        BY_RULE.put(
                RuleId.GOV_UNKNOWN_IDENTITY, List.of("NIST SP 800-53 AC-2", "OWASP LLM09:2025", "OWASP Agentic T5"));
        BY_RULE.put(
                RuleId.GOV_LOOKALIKE_ID, List.of("NIST SP 800-53 IA-4", "OWASP Agentic T9", "NIST CSF 2.0 PR.AA-01"));
        BY_RULE.put(
                RuleId.LP_WILDCARD_SCOPE, List.of("NIST SP 800-53 AC-6", "NIST CSF 2.0 PR.AA-05", "OWASP LLM06:2025"));
        BY_RULE.put(
                RuleId.LP_CRITICAL_ENTITLEMENT,
                List.of("NIST SP 800-53 AC-6(5)", "NIST SP 800-53 AC-2(7)", "NIST CSF 2.0 PR.AA-05"));
        BY_RULE.put(
                RuleId.LP_PRIVILEGED_DURATION,
                List.of("NIST SP 800-53 AC-2(7)", "NIST SP 800-53 AC-6(7)", "NIST CSF 2.0 PR.AA-05"));
        BY_RULE.put(
                RuleId.LP_WIDER_THAN_REQUEST, List.of("NIST SP 800-53 AC-6", "OWASP LLM06:2025", "OWASP Agentic T7"));
        BY_RULE.put(RuleId.LP_PEER_OUTLIER, List.of("NIST SP 800-53 AC-6(7)", "NIST CSF 2.0 PR.AA-05"));
        BY_RULE.put(
                RuleId.LP_DORMANT_ACCESS,
                List.of("NIST SP 800-53 AC-2(3)", "NIST SP 800-53 AC-6(7)", "NIST CSF 2.0 PR.AA-05"));
        BY_RULE.put(
                RuleId.LP_UNKNOWN_ENTITLEMENT, List.of("NIST SP 800-53 AC-2", "OWASP LLM09:2025", "OWASP Agentic T5"));
        BY_RULE.put(
                RuleId.LP_ESCALATION_PATH,
                List.of("NIST SP 800-53 AC-6(1)", "OWASP Agentic T3", "NIST CSF 2.0 PR.AA-05"));
        BY_RULE.put(RuleId.LP_NHI_HUMAN_ONLY, List.of("NIST SP 800-53 AC-2", "NIST SP 800-53 AC-6", "OWASP NHI5:2025"));
        BY_RULE.put(RuleId.LP_NHI_NO_OWNER, List.of("NIST SP 800-53 AC-2", "OWASP NHI1:2025", "NIST CSF 2.0 PR.AA-01"));
        BY_RULE.put(
                RuleId.LP_CREDENTIAL_LIFETIME,
                List.of("NIST SP 800-53 IA-5", "OWASP NHI7:2025", "NIST CSF 2.0 PR.AA-01"));
        BY_RULE.put(RuleId.SOD_CONFLICT, List.of("NIST SP 800-53 AC-5", "NIST CSF 2.0 PR.AA-05"));
        BY_RULE.put(
                RuleId.WF_STEP_REMOVED, List.of("NIST SP 800-53 CM-3", "NIST SP 800-53 CM-5", "NIST CSF 2.0 PR.PS-01"));
        BY_RULE.put(RuleId.WF_QUORUM_LOWERED, List.of("NIST SP 800-53 AC-3(2)", "NIST SP 800-53 CM-3"));
        BY_RULE.put(
                RuleId.WF_AUTO_APPROVE_ADDED, List.of("NIST SP 800-53 CM-3", "OWASP LLM06:2025", "OWASP Agentic T10"));
        BY_RULE.put(RuleId.WF_APPROVER_IS_REQUESTER, List.of("NIST SP 800-53 AC-5", "NIST SP 800-53 AC-3(2)"));
        BY_RULE.put(
                RuleId.WF_NONHUMAN_APPROVER,
                List.of("NIST SP 800-53 AC-3(2)", "NIST SP 800-53 AU-10", "OWASP LLM06:2025"));
        BY_RULE.put(
                RuleId.WF_SOD_CHECK_REMOVED,
                List.of("NIST SP 800-53 AC-5", "NIST SP 800-53 CM-3", "NIST CSF 2.0 PR.AA-05"));
        BY_RULE.put(
                RuleId.EX_NO_EXPIRY, List.of("NIST CSF 2.0 ID.RA-07", "NIST SP 800-53 CA-5", "NIST SP 800-53 RA-7"));
        BY_RULE.put(RuleId.EX_NO_OWNER, List.of("NIST CSF 2.0 ID.RA-07", "NIST CSF 2.0 GV.RR-02"));
        BY_RULE.put(RuleId.EX_NO_CONTROL, List.of("NIST CSF 2.0 ID.RA-07", "NIST SP 800-53 RA-7"));
        BY_RULE.put(
                RuleId.EX_CONTROL_NOT_VALID,
                List.of("NIST CSF 2.0 ID.RA-07", "NIST SP 800-53 CA-2", "NIST SP 800-53 CA-7"));
        BY_RULE.put(RuleId.GOV_STALE_BASIS, List.of("NIST SP 800-53 AC-2", "OWASP LLM09:2025", "OWASP Agentic T5"));
        BY_RULE.put(RuleId.GOV_NO_OWNER, List.of("NIST SP 800-53 CM-8(4)", "NIST CSF 2.0 GV.RR-02"));
        BY_RULE.put(RuleId.GOV_STEP_UP_REQUIRED, List.of("NIST SP 800-53 IA-11", "NIST CSF 2.0 PR.AA-03"));
        BY_RULE.put(
                RuleId.GOV_NO_ROLLBACK, List.of("NIST SP 800-53 CM-3", "NIST SP 800-53 CM-4", "NIST CSF 2.0 ID.RA-07"));
        BY_RULE.put(
                RuleId.GOV_SOURCE_NOT_ALLOWED, List.of("NIST SP 800-53 AC-4", "OWASP Agentic T2", "OWASP LLM06:2025"));
        BY_RULE.put(RuleId.IND_SELF_APPROVAL, List.of("NIST SP 800-53 AC-5", "NIST SP 800-53 AC-3(2)"));
        BY_RULE.put(
                RuleId.IND_NOT_HUMAN, List.of("NIST SP 800-53 AC-3(2)", "NIST SP 800-53 AU-10", "OWASP LLM06:2025"));
        BY_RULE.put(RuleId.IND_OUTSIDE_DOMAIN, List.of("NIST SP 800-53 AC-2", "NIST CSF 2.0 GV.RR-02"));
        BY_RULE.put(RuleId.IND_DUPLICATE_APPROVER, List.of("NIST SP 800-53 AC-3(2)", "NIST SP 800-53 AC-5"));
    }

    public static List<String> of(RuleId rule) {
        return BY_RULE.getOrDefault(rule, List.of());
    }
}
