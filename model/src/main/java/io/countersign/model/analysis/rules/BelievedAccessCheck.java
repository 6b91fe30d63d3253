package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.AccessState;
import io.countersign.model.analysis.Grant;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the access an assistant believed an identity had with the snapshot, leniently: listing
 * an entitlement that is held through a role, or a role's entitlements instead of the role, is the
 * same belief. What matters is access it assumed that is not held, and access held that it missed.
 */
final class BelievedAccessCheck {
    private BelievedAccessCheck() {}

    static List<String> differences(Draft.BelievedAccess believed, AccessCatalog catalog) {
        AccessState actual = catalog.currentGrants(believed.identity());
        Set<String> heldEffectively = catalog.expand(actual).entitlements();
        Set<String> heldRoles = new TreeSet<>();
        Set<String> heldDirect = new TreeSet<>();
        for (Grant grant : actual.grants()) {
            (grant.key().role() ? heldRoles : heldDirect).add(grant.key().target());
        }
        Set<String> believedEffectively = new HashSet<>(believed.entitlements());
        for (String roleId : believed.roles()) {
            Role role = catalog.role(roleId);
            if (role != null) {
                believedEffectively.addAll(role.entitlements());
            }
        }
        List<String> wrong = new ArrayList<>();
        for (String id : new TreeSet<>(believed.entitlements())) {
            if (!heldEffectively.contains(id)) {
                wrong.add("assumed entitlement " + id + ", which is not held");
            }
        }
        for (String id : new TreeSet<>(believed.roles())) {
            if (!heldRoles.contains(id)) {
                wrong.add("assumed role " + id + ", which is not held");
            }
        }
        for (String id : heldDirect) {
            if (!believedEffectively.contains(id)) {
                wrong.add("holds entitlement " + id + " the assistant did not account for");
            }
        }
        for (String id : heldRoles) {
            Role role = catalog.role(id);
            boolean coveredByEntitlements = role != null && believedEffectively.containsAll(role.entitlements());
            if (!believed.roles().contains(id) && !coveredByEntitlements) {
                wrong.add("holds role " + id + " the assistant did not account for");
            }
        }
        return wrong;
    }
}
