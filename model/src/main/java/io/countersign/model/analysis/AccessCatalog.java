package io.countersign.model.analysis;

import io.countersign.model.format.Assignment;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Role;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A snapshot indexed for analysis: lookups by id, each identity's grants, and role expansion. Built once per snapshot. */
public final class AccessCatalog {
    private final Snapshot snapshot;
    private final Map<String, Identity> identities = new HashMap<>();
    private final Map<String, Entitlement> entitlements = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, ManagedSystem> systems = new HashMap<>();
    private final Map<String, Workflow> workflows = new HashMap<>();
    private final Map<String, List<Grant>> grantsByIdentity = new HashMap<>();
    private final Map<String, List<String>> roleHolders = new HashMap<>();
    private PeerIndex peers;

    public AccessCatalog(Snapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.identities().forEach(i -> identities.put(i.id(), i));
        snapshot.entitlements().forEach(e -> entitlements.put(e.id(), e));
        snapshot.roles().forEach(r -> roles.put(r.id(), r));
        snapshot.systems().forEach(s -> systems.put(s.id(), s));
        snapshot.workflows().forEach(w -> workflows.put(w.id(), w));
        for (Assignment a : snapshot.assignments()) {
            Grant.Key key = a.isRole() ? Grant.Key.role(a.role()) : Grant.Key.entitlement(a.entitlement());
            grantsByIdentity
                    .computeIfAbsent(a.identity(), id -> new ArrayList<>())
                    .add(new Grant(key, a.grantedAt(), a.expiresAt(), a.lastUsedAt(), a.scope()));
            if (a.isRole()) {
                roleHolders.computeIfAbsent(a.role(), id -> new ArrayList<>()).add(a.identity());
            }
        }
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Identity identity(String id) {
        return identities.get(id);
    }

    public Entitlement entitlement(String id) {
        return entitlements.get(id);
    }

    public Role role(String id) {
        return roles.get(id);
    }

    public ManagedSystem system(String id) {
        return systems.get(id);
    }

    public Workflow workflow(String id) {
        return workflows.get(id);
    }

    public Set<String> entitlementIds() {
        return entitlements.keySet();
    }

    public List<String> holdersOfRole(String roleId) {
        return roleHolders.getOrDefault(roleId, List.of());
    }

    /** The identity's grants as the snapshot records them; empty for an identity the snapshot lacks. */
    public AccessState currentGrants(String identity) {
        return AccessState.of(grantsByIdentity.getOrDefault(identity, List.of()));
    }

    /**
     * Expands roles to entitlements. An unknown role still yields one holding keyed by the role id,
     * so the reviewer sees it (and the unknown-entitlement finding names it).
     */
    public EffectiveAccess expand(AccessState state) {
        Map<Holding.Key, Holding> holdings = new LinkedHashMap<>();
        for (Grant grant : state.grants()) {
            if (!grant.key().role()) {
                Holding.Key key = new Holding.Key(grant.key().target(), null);
                holdings.put(key, holding(key, grant));
                continue;
            }
            Role role = roles.get(grant.key().target());
            List<String> members = role == null ? List.of(grant.key().target()) : role.entitlements();
            for (String entitlement : members) {
                Holding.Key key = new Holding.Key(entitlement, grant.key().target());
                holdings.put(key, holding(key, grant));
            }
        }
        return new EffectiveAccess(holdings);
    }

    private static Holding holding(Holding.Key key, Grant grant) {
        return new Holding(key, grant.grantedAt(), grant.expiresAt(), grant.lastUsedAt(), grant.scope());
    }

    /** The scope a holding effectively has: the grant's own, else the entitlement's. */
    public String effectiveScope(Holding holding) {
        if (holding.scope() != null) {
            return holding.scope();
        }
        Entitlement entitlement = entitlements.get(holding.entitlement());
        return entitlement == null ? null : entitlement.scope();
    }

    public String systemOf(String entitlementId) {
        Entitlement entitlement = entitlements.get(entitlementId);
        return entitlement == null ? "unknown" : entitlement.system();
    }

    public String nameOf(String entitlementId) {
        Entitlement entitlement = entitlements.get(entitlementId);
        return entitlement == null ? entitlementId : entitlement.name();
    }

    /** Who holds what per org unit, built on first use: only the peer-outlier rule needs it. */
    public synchronized PeerIndex peers() {
        if (peers == null) {
            peers = new PeerIndex(this, snapshot.identities());
        }
        return peers;
    }
}
