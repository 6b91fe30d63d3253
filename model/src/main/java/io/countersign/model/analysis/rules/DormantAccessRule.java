package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AccessState;
import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.Grant;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Unused access should lapse, not be renewed. A dormant grant the draft renews is a new finding; one
 * it leaves untouched while changing the identity's access is noted at low severity.
 */
public final class DormantAccessRule implements DraftRule {

    @Override
    public void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        int dormantDays = context.policy().leastPrivilege().dormantDays();
        Instant cutoff = context.now().minus(Duration.ofDays(dormantDays));
        for (IdentityReview who : reviews) {
            IdentityChange change = context.draft().changeFor(who.id());
            if (change == null) {
                continue;
            }
            for (Grant grant : who.currentGrants().grants()) {
                Instant lastSeen = grant.lastUsedAt() != null ? grant.lastUsedAt() : grant.grantedAt();
                if (lastSeen == null || !lastSeen.isBefore(cutoff) || removes(change, grant.key())) {
                    continue;
                }
                boolean renewed = renews(change, grant.key());
                String target = grant.key().role()
                        ? context.names().role(grant.key().target())
                        : context.names().entitlement(grant.key().target());
                String used = grant.lastUsedAt() == null
                        ? "never used since it was granted on " + grant.grantedAt()
                        : "last used on " + grant.lastUsedAt();
                FindingBuilder finding = FindingBuilder.of(RuleId.LP_DORMANT_ACCESS)
                        .identity(who.id())
                        .subject(grant.key().toString())
                        .evidence(who.id(), grant.key().target(), grant.key().role() ? "role" : "direct");
                if (grant.key().role()) {
                    finding.role(grant.key().target());
                } else {
                    finding.entitlement(grant.key().target());
                }
                out.accept(finding.severity(renewed ? Severity.MEDIUM : Severity.LOW)
                        .status(renewed ? FindingStatus.NEW : FindingStatus.PRE_EXISTING)
                        .summary((renewed ? "Renews dormant " : "Keeps dormant ") + target)
                        .explanation(
                                context.names().identity(who) + " holds " + target + ", " + used + " — more than "
                                        + dormantDays + " days ago. "
                                        + (renewed
                                                ? "The draft renews it instead of letting it lapse."
                                                : "The draft changes this identity's access but leaves the dormant grant in place."))
                        .remediation("Remove the dormant grant; it can be requested again when it is needed.")
                        .build());
            }
        }
    }

    private static boolean removes(IdentityChange change, Grant.Key key) {
        return change.remove().stream().anyMatch(g -> AccessState.keyOf(g).equals(key));
    }

    private static boolean renews(IdentityChange change, Grant.Key key) {
        return change.add().stream().anyMatch(g -> AccessState.keyOf(g).equals(key));
    }
}
