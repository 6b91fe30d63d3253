package io.countersign.model.format;

import java.util.List;

/**
 * Who may decide and with what ceremony: step-up tiers (risk at or above a tier needs that many
 * distinct approvers), approver domains (the systems each approver may decide on; no domains
 * means no restriction) and the outcomes that need a justification.
 */
public record ApprovalPolicy(
        List<StepUpTier> stepUp, List<ApproverDomain> domains, List<JustificationCase> justificationRequiredFor) {

    public static final ApprovalPolicy DEFAULTS = new ApprovalPolicy(
            List.of(new StepUpTier(RiskTier.HIGH, 2)),
            List.of(),
            List.of(JustificationCase.REJECT, JustificationCase.REQUEST_CHANGES, JustificationCase.OVERRIDE));

    public ApprovalPolicy {
        stepUp = List.copyOf(stepUp);
        domains = List.copyOf(domains);
        justificationRequiredFor = List.copyOf(justificationRequiredFor);
    }

    /** Distinct approvers a draft of this risk needs. */
    public int approversNeeded(RiskTier risk) {
        return stepUp.stream()
                .filter(tier -> risk.isAtLeast(tier.atOrAbove()))
                .mapToInt(StepUpTier::approvers)
                .max()
                .orElse(1);
    }

    public record StepUpTier(RiskTier atOrAbove, int approvers) {}

    public record ApproverDomain(String approver, List<String> systems) {
        public ApproverDomain {
            systems = List.copyOf(systems);
        }
    }
}
