package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.WorkflowDiff;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Condition;
import io.countersign.model.format.ConditionType;
import io.countersign.model.format.Identity;
import io.countersign.model.format.WorkflowStep;
import java.util.List;
import java.util.function.Consumer;

/** What a proposed approval chain weakens: removed steps, lower quorums, bypasses, self- and machine approval, lost SoD checks. */
public final class WorkflowRules {
    private WorkflowRules() {}

    public static void evaluate(WorkflowDiff diff, AnalysisContext context, Consumer<Finding> out) {
        String chain = "approval chain "
                + (diff.after().name() == null
                        ? diff.workflowId()
                        : diff.after().name() + " (" + diff.workflowId() + ")");
        for (WorkflowDiff.StepRow row : diff.steps()) {
            if (row.change() == AccessRow.Change.REMOVED) {
                out.accept(step(RuleId.WF_STEP_REMOVED, row, diff)
                        .summary("Step \"" + row.name() + "\" removed from the " + chain)
                        .explanation("Today every request passes step \"" + row.name() + "\" (approver "
                                + row.before().approver()
                                + "). The draft removes it, so requests would skip that check entirely.")
                        .remediation("Keep the step, or replace it with an equivalent check before approving.")
                        .build());
                if (row.before().has(ConditionType.SOD_CHECK)) {
                    out.accept(sodCheckRemoved(row, diff, "the step that ran it is removed"));
                }
                continue;
            }
            WorkflowStep after = row.after();
            if (row.before() != null && after.quorum() < row.before().quorum()) {
                out.accept(step(RuleId.WF_QUORUM_LOWERED, row, diff)
                        .summary("Quorum of \"" + row.name() + "\" lowered from "
                                + row.before().quorum() + " to " + after.quorum())
                        .explanation("Step \"" + row.name() + "\" needs "
                                + row.before().quorum() + " approvers today; the draft lowers it to " + after.quorum()
                                + ", so fewer people must agree before access is granted.")
                        .remediation("Keep the quorum, or document why fewer approvers are enough.")
                        .build());
            }
            for (Condition added : row.conditionsAdded()) {
                if (added.type() == ConditionType.AUTO_APPROVE || added.type() == ConditionType.BYPASS) {
                    out.accept(step(RuleId.WF_AUTO_APPROVE_ADDED, row, diff)
                            .summary("Step \"" + row.name() + "\" gains a "
                                    + added.type().code() + " condition")
                            .explanation("The draft adds " + added.type().code()
                                    + (added.value() == null ? "" : " (" + added.value() + ")") + " to step \""
                                    + row.name()
                                    + "\": matching requests would pass without any human looking at them.")
                            .remediation(
                                    "Reject the bypass, or narrow it to low-risk entitlements with an expiry and reporting.")
                            .build());
                }
            }
            boolean lostExclusion = row.before() != null
                    && row.before().has(ConditionType.EXCLUDE_REQUESTER)
                    && !after.has(ConditionType.EXCLUDE_REQUESTER);
            boolean becomesRequester = "requester".equals(after.approver())
                    && (row.before() == null || !"requester".equals(row.before().approver()));
            if (lostExclusion || becomesRequester) {
                out.accept(step(RuleId.WF_APPROVER_IS_REQUESTER, row, diff)
                        .summary("Requesters could approve their own requests at \"" + row.name() + "\"")
                        .explanation(
                                becomesRequester
                                        ? "The draft makes the requester the approver of step \"" + row.name() + "\"."
                                        : "The draft drops the exclude-requester condition from step \"" + row.name()
                                                + "\", so a requester who is also an approver could approve their own request.")
                        .remediation(
                                "Keep approvers independent of requesters: restore exclude-requester or choose another approver.")
                        .build());
            }
            String machine = nonHumanApprover(after.approver(), context);
            if (machine != null
                    && (row.before() == null
                            || !after.approver().equals(row.before().approver()))) {
                out.accept(step(RuleId.WF_NONHUMAN_APPROVER, row, diff)
                        .summary("Step \"" + row.name() + "\" would be approved by " + machine)
                        .explanation("The draft makes " + after.approver() + " the approver of step \"" + row.name()
                                + "\"; " + machine
                                + " is not a person. An AI or service identity must never approve access.")
                        .remediation("Reject: approvers must be named humans.")
                        .build());
            }
            if (row.before() != null
                    && row.before().has(ConditionType.SOD_CHECK)
                    && !after.has(ConditionType.SOD_CHECK)) {
                out.accept(sodCheckRemoved(row, diff, "its sod-check condition is dropped"));
            }
        }
    }

    private static Finding sodCheckRemoved(WorkflowDiff.StepRow row, WorkflowDiff diff, String how) {
        return step(RuleId.WF_SOD_CHECK_REMOVED, row, diff)
                .summary("Separation-of-duties check removed at \"" + row.name() + "\"")
                .explanation("Step \"" + row.name() + "\" checks requests for separation-of-duties conflicts today; "
                        + how + ". Conflicting access would then be granted without anyone being told.")
                .remediation("Reject: keep the SoD check in the chain.")
                .build();
    }

    private static String nonHumanApprover(String approver, AnalysisContext context) {
        if (approver.startsWith("identity:")) {
            Identity identity = context.catalog().identity(approver.substring("identity:".length()));
            return identity != null && !identity.isHuman()
                    ? identity.kind().code() + " " + context.names().identity(identity.id())
                    : null;
        }
        if (approver.startsWith("role:")) {
            List<String> holders = context.catalog().holdersOfRole(approver.substring("role:".length()));
            for (String holder : holders) {
                Identity identity = context.catalog().identity(holder);
                if (identity != null && !identity.isHuman()) {
                    return "a role held by " + identity.kind().code() + " "
                            + context.names().identity(holder);
                }
            }
        }
        return null;
    }

    private static FindingBuilder step(RuleId rule, WorkflowDiff.StepRow row, WorkflowDiff diff) {
        return FindingBuilder.of(rule)
                .subject(diff.workflowId() + "/" + row.name())
                .evidence(null, row.name(), "workflow " + diff.workflowId() + ", step " + row.name());
    }
}
