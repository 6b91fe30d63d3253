package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Draft;
import io.countersign.model.format.DraftKind;
import io.countersign.model.format.RiskTier;
import java.util.function.Consumer;

/** Risk decides the ceremony: step-up approval and, for high-impact changes, a rollback plan and change window. */
public final class CeremonyRules {
    private CeremonyRules() {}

    public static void evaluate(RiskTier risk, AnalysisContext context, Consumer<Finding> out) {
        Draft draft = context.draft();
        int approvers = context.policy().approval().approversNeeded(risk);
        if (approvers > 1) {
            String claimed = draft.riskTier() != null && draft.riskTier().compareTo(risk) < 0
                    ? " The assistant claimed " + draft.riskTier().code() + " risk; the findings make it " + risk.code()
                            + "."
                    : "";
            out.accept(FindingBuilder.of(RuleId.GOV_STEP_UP_REQUIRED)
                    .subject(risk.code())
                    .summary(approvers + " distinct approvers needed (" + risk.code() + " risk)")
                    .explanation("This draft's risk is " + risk.code() + ", so the policy needs " + approvers
                            + " different people to approve it; the second sees the first decision." + claimed)
                    .remediation(
                            "Approve as one of " + approvers + "; the draft is approved only when the quorum is met.")
                    .build());
        }
        boolean highImpact = risk.isAtLeast(RiskTier.HIGH)
                || draft.kind() == DraftKind.WORKFLOW_CHANGE
                || draft.kind() == DraftKind.CREDENTIAL;
        boolean noRollback = draft.rollback() == null || draft.rollback().isBlank();
        if (highImpact && (noRollback || draft.changeWindow() == null)) {
            String missing = noRollback && draft.changeWindow() == null
                    ? "neither a rollback plan nor a change window"
                    : noRollback ? "no rollback plan" : "no change window";
            out.accept(FindingBuilder.of(RuleId.GOV_NO_ROLLBACK)
                    .subject(missing)
                    .summary("High-impact change with " + missing)
                    .explanation(
                            "This " + draft.kind().code() + " draft is high-impact (" + risk.code() + " risk) and has "
                                    + missing + ". If it goes wrong, nobody has agreed how or when to undo it.")
                    .remediation("Request changes: add how to undo the change and when it may be applied.")
                    .build());
        }
    }
}
