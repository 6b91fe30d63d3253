package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Identity;
import java.util.List;
import java.util.function.Consumer;

/** Every service account, workload and agent needs an active human who answers for it. */
public final class NonHumanOwnerRule implements DraftRule {

    @Override
    public void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        for (IdentityReview who : reviews) {
            if (!who.isNonHuman()) {
                continue;
            }
            String owner = who.identity().owner();
            Identity ownerIdentity = owner == null ? null : context.catalog().identity(owner);
            if (ownerIdentity != null && ownerIdentity.isHuman() && ownerIdentity.isActive()) {
                continue;
            }
            String problem = owner == null
                    ? "has no owner"
                    : ownerIdentity == null
                            ? "names owner " + owner + ", who is not in the snapshot"
                            : !ownerIdentity.isHuman()
                                    ? "is owned by " + context.names().identity(owner) + ", who is not a person"
                                    : "is owned by " + context.names().identity(owner) + ", whose status is "
                                            + ownerIdentity.status();
            out.accept(FindingBuilder.of(RuleId.LP_NHI_NO_OWNER)
                    .identity(who.id())
                    .subject(who.id())
                    .evidence(who.id(), owner == null ? "owner" : owner, "owner")
                    .summary(
                            who.identity().kind().code() + " " + context.names().identity(who) + " " + problem)
                    .explanation(
                            "The " + who.identity().kind().code() + " "
                                    + context.names().identity(who) + " " + problem
                                    + ". Without an accountable person nobody reviews, rotates or retires it, and its access outlives its purpose.")
                    .remediation("Name an active human owner before granting it anything.")
                    .build());
        }
    }
}
