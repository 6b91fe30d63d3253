package io.countersign.model.finding;

import io.countersign.model.format.Severity;
import java.util.List;

/**
 * One thing a reviewer should know about a draft, explained: the rule, the concrete identities,
 * entitlements and roles, how each is held, whether the draft introduces it, and what would fix it.
 * {@code subject} narrows the rule to one instance (an SoD policy rule id, a workflow step name).
 */
public record Finding(
        RuleId rule,
        Severity severity,
        FindingStatus status,
        String subject,
        List<String> identities,
        List<String> entitlements,
        List<String> roles,
        List<Evidence> evidence,
        String summary,
        String explanation,
        String remediation,
        List<String> references) {

    public Finding {
        identities = List.copyOf(identities);
        entitlements = List.copyOf(entitlements);
        roles = List.copyOf(roles);
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
    }

    /** Identifies the same finding across the current, proposed and cumulative states. */
    public String key() {
        return rule.code() + "|" + subject + "|" + identities;
    }

    public Finding withStatus(FindingStatus newStatus) {
        return new Finding(
                rule,
                severity,
                newStatus,
                subject,
                identities,
                entitlements,
                roles,
                evidence,
                summary,
                explanation,
                remediation,
                references);
    }

    public boolean needsAttention() {
        return status.needsAttention();
    }
}
