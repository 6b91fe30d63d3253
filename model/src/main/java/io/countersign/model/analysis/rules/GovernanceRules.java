package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.IdPattern;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Whether the draft rests on a true picture, has owners, and stays within the assistant's allowed data. */
public final class GovernanceRules implements DraftRule {

    @Override
    public void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        staleBasis(context, out);
        missingOwners(reviews, context, out);
        disallowedSources(context, out);
    }

    private static void staleBasis(AnalysisContext context, Consumer<Finding> out) {
        Draft.Basis basis = context.draft().basis();
        if (basis == null) {
            return;
        }
        String snapshot = context.catalog().snapshot().id();
        List<String> differences = new ArrayList<>();
        FindingBuilder finding = FindingBuilder.of(RuleId.GOV_STALE_BASIS).subject("basis");
        for (Draft.BelievedAccess believed : basis.access()) {
            List<String> wrong = BelievedAccessCheck.differences(believed, context.catalog());
            if (!wrong.isEmpty()) {
                finding.identity(believed.identity())
                        .evidence(believed.identity(), String.join("; ", wrong), "basis.access");
                differences.add(context.names().identity(believed.identity()) + ": " + String.join("; ", wrong));
            }
        }
        boolean otherSnapshot = !basis.snapshot().equals(snapshot);
        if (differences.isEmpty() && !otherSnapshot) {
            return;
        }
        String intro = otherSnapshot
                ? "The assistant worked from snapshot " + basis.snapshot() + ", not the current " + snapshot + ". "
                : "The assistant cites snapshot " + snapshot + ", but its view of current access is wrong. ";
        out.accept(finding.severity(differences.isEmpty() ? Severity.MEDIUM : Severity.HIGH)
                .summary(
                        differences.isEmpty()
                                ? "Draft based on older snapshot " + basis.snapshot()
                                : "The assistant's view of current access differs from snapshot " + snapshot)
                .explanation(intro
                        + (differences.isEmpty()
                                ? "The access it assumed still matches, but the reasoning may rest on other outdated facts."
                                : "What it believed differs: " + String.join(". ", differences) + "."))
                .remediation(
                        differences.isEmpty()
                                ? "Check the rationale still holds against the current snapshot."
                                : "Send back: ask for a draft regenerated against the current snapshot.")
                .build());
    }

    private static void missingOwners(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        Set<String> reported = new HashSet<>();
        for (IdentityReview who : reviews) {
            for (AccessRow row : who.rows()) {
                if (row.change() != AccessRow.Change.ADDED) {
                    continue;
                }
                Entitlement entitlement = context.catalog().entitlement(row.entitlement());
                if (entitlement == null) {
                    continue;
                }
                ManagedSystem system = context.catalog().system(entitlement.system());
                boolean noEntitlementOwner = blank(entitlement.owner());
                boolean noSystemOwner = system == null || blank(system.owner());
                if ((noEntitlementOwner || noSystemOwner) && reported.add(entitlement.id())) {
                    String missing = noEntitlementOwner && noSystemOwner
                            ? "neither the entitlement nor its system " + entitlement.system() + " has"
                            : noEntitlementOwner
                                    ? "the entitlement has"
                                    : "its system " + entitlement.system() + " has";
                    out.accept(FindingBuilder.of(RuleId.GOV_NO_OWNER)
                            .identity(who.id())
                            .entitlement(entitlement.id())
                            .subject(entitlement.id())
                            .evidence(
                                    who.id(),
                                    entitlement.id(),
                                    noEntitlementOwner ? "entitlement owner" : "system owner")
                            .summary("No owner for " + context.names().entitlement(entitlement.id()))
                            .explanation(
                                    "The draft grants " + context.names().entitlement(entitlement.id()) + ", but "
                                            + missing
                                            + " no named owner. Nobody who knows what it really allows has vouched for this grant.")
                            .remediation("Have an owner named for it, and ask them to confirm the grant.")
                            .build());
                }
            }
        }
    }

    private static void disallowedSources(AnalysisContext context, Consumer<Finding> out) {
        List<String> allowed = context.policy().assistant().allowedSources();
        for (String source : context.draft().sources()) {
            if (!IdPattern.anyMatches(allowed, source)) {
                out.accept(FindingBuilder.of(RuleId.GOV_SOURCE_NOT_ALLOWED)
                        .subject(source)
                        .evidence(null, source, "sources[]")
                        .summary("The assistant consulted " + source + ", outside its allowed data")
                        .explanation("The draft cites \"" + source
                                + "\", which matches none of the sources the policy allows the assistant ("
                                + String.join(", ", allowed)
                                + "). Its reasoning may rest on untrusted or confidential data.")
                        .remediation(
                                "Discount that part of the rationale; report the source use to the assistant's owner.")
                        .build());
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
