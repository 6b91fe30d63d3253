package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.Names;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.ApprovalPolicy;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Identity;
import io.countersign.model.format.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Who may decide: not anyone involved in the draft, only active humans, only inside their delegated
 * domain, and once per revision. These findings block the decision; the decision service uses them too.
 */
public final class IndependenceRules {
    private IndependenceRules() {}

    public static void evaluate(
            String approver,
            List<String> priorApprovers,
            Draft draft,
            Set<String> touchedSystems,
            AccessCatalog catalog,
            Policy policy,
            Consumer<Finding> out) {
        Names names = new Names(catalog);
        String who = names.identity(approver);
        List<String> roles = new ArrayList<>();
        if (approver.equals(draft.requester())) roles.add("the requester");
        if (approver.equals(draft.initiatedBy())) roles.add("the person who prompted the assistant");
        if (draft.requestedFor().contains(approver)
                || draft.affectedIdentities().contains(approver)) roles.add("a person whose access changes");
        if (draft.editedBy().contains(approver)) roles.add("an editor of the draft");
        if (!roles.isEmpty()) {
            out.accept(base(RuleId.IND_SELF_APPROVAL, approver)
                    .summary(who + " is " + String.join(" and ", roles))
                    .explanation(who + " cannot approve this draft: they are " + String.join(" and ", roles)
                            + ". A decision must come from someone independent of the request.")
                    .remediation("Hand the draft to another approver.")
                    .build());
        }
        Identity identity = catalog.identity(approver);
        if (identity == null || !identity.isHuman() || !identity.isActive()) {
            String problem = identity == null
                    ? "is not in snapshot " + catalog.snapshot().id()
                    : !identity.isHuman()
                            ? "is " + article(identity.kind().code()) + " "
                                    + identity.kind().code()
                            : "is " + identity.status();
            out.accept(base(RuleId.IND_NOT_HUMAN, approver)
                    .summary(who + " " + problem)
                    .explanation("Only an active, named person may approve; " + who + " " + problem + ".")
                    .remediation("Have an active human approver decide.")
                    .build());
        }
        List<ApprovalPolicy.ApproverDomain> domains = policy.approval().domains();
        if (!domains.isEmpty()) {
            List<String> allowed = domains.stream()
                    .filter(d -> d.approver().equals(approver))
                    .flatMap(d -> d.systems().stream())
                    .toList();
            List<String> outside = touchedSystems.stream()
                    .filter(s -> !allowed.contains(s) && !allowed.contains("*"))
                    .sorted()
                    .toList();
            if (allowed.isEmpty() || !outside.isEmpty()) {
                String problem = allowed.isEmpty()
                        ? "has no approval domain in policy " + policy.id()
                        : "may decide on " + String.join(", ", allowed) + " but not on " + String.join(", ", outside);
                out.accept(base(RuleId.IND_OUTSIDE_DOMAIN, approver)
                        .summary(who + " " + problem)
                        .explanation(who + " " + problem + ". Approvers act only inside the domain delegated to them.")
                        .remediation("Route the draft to an approver whose domain covers every affected system.")
                        .build());
            }
        }
        if (priorApprovers.contains(approver)) {
            out.accept(base(RuleId.IND_DUPLICATE_APPROVER, approver)
                    .summary(who + " already approved this revision")
                    .explanation(who + " has already approved this revision; one person counts once toward the quorum.")
                    .remediation("A different approver must give the next approval.")
                    .build());
        }
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static FindingBuilder base(RuleId rule, String approver) {
        return FindingBuilder.of(rule).identity(approver).subject(approver).evidence(approver, "approver", "decision");
    }
}
