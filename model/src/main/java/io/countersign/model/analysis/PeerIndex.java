package io.countersign.model.analysis;

import io.countersign.model.format.Identity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For each org unit, how many active members there are and how many hold each entitlement. */
public final class PeerIndex {
    private final Map<String, Integer> members = new HashMap<>();
    private final Map<String, Map<String, Integer>> holders = new HashMap<>();
    private final Map<String, Set<String>> heldBy = new HashMap<>();

    PeerIndex(AccessCatalog catalog, List<Identity> identities) {
        for (Identity identity : identities) {
            if (identity.orgUnit() == null || !identity.isActive()) {
                continue;
            }
            members.merge(identity.orgUnit(), 1, Integer::sum);
            Set<String> held = new HashSet<>(
                    catalog.expand(catalog.currentGrants(identity.id())).entitlements());
            heldBy.put(identity.id(), held);
            Map<String, Integer> counts = holders.computeIfAbsent(identity.orgUnit(), unit -> new HashMap<>());
            held.forEach(entitlement -> counts.merge(entitlement, 1, Integer::sum));
        }
    }

    /** Active members of the unit other than {@code identity}. */
    public int peersOf(Identity identity) {
        int total = members.getOrDefault(identity.orgUnit(), 0);
        return heldBy.containsKey(identity.id()) ? total - 1 : total;
    }

    /** Peers (excluding {@code identity}) who hold the entitlement. */
    public int peersHolding(Identity identity, String entitlement) {
        int count = holders.getOrDefault(identity.orgUnit(), Map.of()).getOrDefault(entitlement, 0);
        Set<String> own = heldBy.get(identity.id());
        return own != null && own.contains(entitlement) ? count - 1 : count;
    }
}
