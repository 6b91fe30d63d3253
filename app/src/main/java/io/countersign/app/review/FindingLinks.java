package io.countersign.app.review;

import io.countersign.model.finding.Evidence;
import io.countersign.model.finding.Finding;

/**
 * Which diff lines a finding is about: an entitlement row when the finding names the identity and
 * the entitlement (or the role it is held through), a role line when it names the role.
 */
public final class FindingLinks {
    private FindingLinks() {}

    public static boolean touches(Finding finding, DiffNode node) {
        return switch (node.level()) {
            case ENTITLEMENT -> touchesEntitlement(finding, node);
            case ROLE -> touchesRole(finding, node);
            default -> false;
        };
    }

    private static boolean touchesEntitlement(Finding finding, DiffNode node) {
        String entitlement = node.key().entitlement();
        String role = node.key().viaRole();
        for (Evidence evidence : finding.evidence()) {
            if (sameIdentity(evidence.identity(), node.identity())
                    && (entitlement.equals(evidence.item()) || (role != null && role.equals(evidence.item())))) {
                return true;
            }
        }
        return namesIdentity(finding, node.identity())
                && (finding.entitlements().contains(entitlement)
                        || (role != null && finding.roles().contains(role)));
    }

    private static boolean touchesRole(Finding finding, DiffNode node) {
        for (Evidence evidence : finding.evidence()) {
            if (sameIdentity(evidence.identity(), node.identity())
                    && node.role().equals(evidence.item())) {
                return true;
            }
        }
        return namesIdentity(finding, node.identity()) && finding.roles().contains(node.role());
    }

    private static boolean sameIdentity(String evidence, String row) {
        return evidence == null || evidence.equals(row);
    }

    private static boolean namesIdentity(Finding finding, String identity) {
        return finding.identities().isEmpty() || finding.identities().contains(identity);
    }
}
