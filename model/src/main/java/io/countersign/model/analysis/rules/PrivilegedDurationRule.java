package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Sensitivity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Privileged access must be time-bound: added or re-dated privileged holdings need an expiry within the maximum. */
public final class PrivilegedDurationRule implements DraftRule {

    @Override
    public void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        int maxDays = context.policy().leastPrivilege().privilegedMaxDays();
        Instant limit = context.now().plus(Duration.ofDays(maxDays));
        for (IdentityReview who : reviews) {
            for (AccessRow row : who.rows()) {
                boolean touched = row.change() == AccessRow.Change.ADDED
                        || (row.change() == AccessRow.Change.CHANGED
                                && row.changed().contains(AccessRow.Field.EXPIRY));
                Entitlement entitlement = context.catalog().entitlement(row.entitlement());
                if (!touched || entitlement == null || entitlement.sensitivity() != Sensitivity.PRIVILEGED) {
                    continue;
                }
                Instant expires = row.after().expiresAt();
                if (expires != null && !expires.isAfter(limit)) {
                    continue;
                }
                long days = expires == null
                        ? -1
                        : Duration.between(context.now(), expires).toDays();
                String how = expires == null ? "with no expiry" : "for " + days + " days (until " + expires + ")";
                out.accept(FindingBuilder.of(RuleId.LP_PRIVILEGED_DURATION)
                        .identity(who.id())
                        .entitlement(row.entitlement())
                        .role(row.key().viaRole())
                        .subject(row.entitlement())
                        .evidence(who.id(), row.entitlement(), row.key().path())
                        .summary("Privileged " + context.names().entitlement(row.entitlement()) + " granted " + how)
                        .explanation(context.names().identity(who) + " would hold privileged "
                                + context.names().held(row.key()) + " " + how
                                + ". The policy allows privileged access for at most " + maxDays + " days at a time.")
                        .remediation("Set an expiry no later than " + limit + " (" + maxDays
                                + " days), or use just-in-time elevation.")
                        .build());
            }
        }
    }
}
