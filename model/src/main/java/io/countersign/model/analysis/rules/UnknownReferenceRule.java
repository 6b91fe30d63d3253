package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.AccessGrant;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.Severity;
import java.util.List;
import java.util.function.Consumer;

/**
 * Names the draft uses that the authoritative snapshot does not know: entitlements or roles (often
 * an assistant's invention or a typo), and identities it neither knows nor creates.
 */
public final class UnknownReferenceRule implements DraftRule {

    @Override
    public void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        String snapshot = context.catalog().snapshot().id();
        for (IdentityChange change : context.draft().changes()) {
            if (change.create() == null && context.catalog().identity(change.identity()) == null) {
                out.accept(FindingBuilder.of(RuleId.GOV_UNKNOWN_IDENTITY)
                        .identity(change.identity())
                        .subject(change.identity())
                        .evidence(change.identity(), change.identity(), "changes[]")
                        .summary("Identity " + change.identity() + " is not in snapshot " + snapshot)
                        .explanation(
                                "The draft changes the access of " + change.identity() + ", but snapshot " + snapshot
                                        + " has no such identity and the draft does not create one. It may be misspelt, departed, or invented.")
                        .remediation("Send back: ask for the exact identity id from the directory.")
                        .build());
            }
            check(change.identity(), change.add(), "add", context, out);
            check(change.identity(), change.remove(), "remove", context, out);
        }
    }

    private static void check(
            String identity, List<AccessGrant> grants, String verb, AnalysisContext context, Consumer<Finding> out) {
        for (AccessGrant grant : grants) {
            boolean known = grant.isRole()
                    ? context.catalog().role(grant.role()) != null
                    : context.catalog().entitlement(grant.entitlement()) != null;
            if (known) {
                continue;
            }
            String what = grant.isRole() ? "role" : "entitlement";
            // Granting something unknown is the risk; removing it is confusion worth a look, not a blocker.
            FindingBuilder finding = FindingBuilder.of(RuleId.LP_UNKNOWN_ENTITLEMENT)
                    .identity(identity)
                    .severity("add".equals(verb) ? Severity.HIGH : Severity.MEDIUM)
                    .subject(what + " " + grant.target())
                    .evidence(identity, grant.target(), verb);
            if (grant.isRole()) {
                finding.role(grant.role());
            } else {
                finding.entitlement(grant.entitlement());
            }
            out.accept(finding.summary("Unknown " + what + " " + grant.target())
                    .explanation("The draft would " + verb + " " + what + " \"" + grant.target() + "\" for "
                            + context.names().identity(identity) + ", but snapshot "
                            + context.catalog().snapshot().id()
                            + " has no " + what + " by that id. Nobody can tell what it would grant.")
                    .remediation(
                            "Send back: ask for an existing " + what + " id, or have the system owner define it first.")
                    .build());
        }
    }
}
