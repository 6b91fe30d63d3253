package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.analysis.PeerIndex;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Identity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** An entitlement few of the identity's org-unit peers hold is unusual for its job; worth a second look. */
public final class PeerOutlierRule implements DraftRule {

    /** Below this many peers a share means little. */
    static final int MIN_PEERS = 3;

    @Override
    public void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        double threshold = context.policy().leastPrivilege().peerOutlierBelow();
        for (IdentityReview who : reviews) {
            Identity identity = who.identity();
            if (identity == null || identity.orgUnit() == null) {
                continue;
            }
            PeerIndex peers = context.catalog().peers();
            int peerCount = peers.peersOf(identity);
            if (peerCount < MIN_PEERS) {
                continue;
            }
            Set<String> seen = new HashSet<>(who.current().entitlements());
            for (AccessRow row : who.rows()) {
                if (row.change() != AccessRow.Change.ADDED
                        || !seen.add(row.entitlement())
                        || context.catalog().entitlement(row.entitlement()) == null) {
                    continue;
                }
                int holding = peers.peersHolding(identity, row.entitlement());
                double share = (double) holding / peerCount;
                if (share >= threshold) {
                    continue;
                }
                out.accept(FindingBuilder.of(RuleId.LP_PEER_OUTLIER)
                        .identity(who.id())
                        .entitlement(row.entitlement())
                        .subject(row.entitlement())
                        .evidence(who.id(), row.entitlement(), row.key().path())
                        .summary(holding + " of " + peerCount + " peers in " + identity.orgUnit() + " hold "
                                + context.names().entitlement(row.entitlement()))
                        .explanation(
                                "Only " + holding + " of " + context.names().identity(who) + "'s " + peerCount
                                        + " active peers in " + identity.orgUnit() + " (" + Math.round(share * 100)
                                        + "%) hold " + context.names().entitlement(row.entitlement())
                                        + "; the policy calls under "
                                        + Math.round(threshold * 100) + "% unusual for the job.")
                        .remediation("Confirm the business need with the manager, or grant it time-bound.")
                        .build());
            }
        }
    }
}
