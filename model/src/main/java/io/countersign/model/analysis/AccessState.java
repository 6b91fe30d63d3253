package io.countersign.model.analysis;

import io.countersign.model.format.AccessGrant;
import io.countersign.model.format.IdentityChange;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One identity's grants at assignment level, keyed by target; immutable. */
public final class AccessState {
    private final Map<Grant.Key, Grant> grants;

    private AccessState(Map<Grant.Key, Grant> grants) {
        this.grants = Collections.unmodifiableMap(grants);
    }

    public static AccessState of(Collection<Grant> grants) {
        Map<Grant.Key, Grant> byKey = new LinkedHashMap<>();
        grants.forEach(grant -> byKey.put(grant.key(), grant));
        return new AccessState(byKey);
    }

    public static AccessState empty() {
        return new AccessState(Map.of());
    }

    public Collection<Grant> grants() {
        return grants.values();
    }

    public Grant get(Grant.Key key) {
        return grants.get(key);
    }

    public boolean holds(Grant.Key key) {
        return grants.containsKey(key);
    }

    /**
     * Applies a draft's change: removals first, then additions. Adding what is already held
     * replaces that grant's expiry (and scope, when given) and keeps its history.
     */
    public AccessState apply(IdentityChange change, Instant now) {
        Map<Grant.Key, Grant> next = new LinkedHashMap<>(grants);
        for (AccessGrant removal : change.remove()) {
            next.remove(keyOf(removal));
        }
        for (AccessGrant addition : change.add()) {
            Grant.Key key = keyOf(addition);
            Grant held = next.get(key);
            next.put(
                    key,
                    held == null
                            ? new Grant(key, now, addition.expiresAt(), null, addition.scope())
                            : new Grant(
                                    key,
                                    held.grantedAt(),
                                    addition.expiresAt(),
                                    held.lastUsedAt(),
                                    addition.scope() != null ? addition.scope() : held.scope()));
        }
        return new AccessState(next);
    }

    public static Grant.Key keyOf(AccessGrant grant) {
        return grant.isRole() ? Grant.Key.role(grant.role()) : Grant.Key.entitlement(grant.entitlement());
    }
}
