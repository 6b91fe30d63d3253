package io.countersign.model.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything one identity effectively holds, roles expanded, keyed by entitlement and path. */
public final class EffectiveAccess {
    private final Map<Holding.Key, Holding> holdings;

    public EffectiveAccess(Map<Holding.Key, Holding> holdings) {
        this.holdings = Collections.unmodifiableMap(new LinkedHashMap<>(holdings));
    }

    public static EffectiveAccess of(Collection<Holding> holdings) {
        Map<Holding.Key, Holding> byKey = new LinkedHashMap<>();
        holdings.forEach(holding -> byKey.put(holding.key(), holding));
        return new EffectiveAccess(byKey);
    }

    public Map<Holding.Key, Holding> byKey() {
        return holdings;
    }

    public Collection<Holding> holdings() {
        return holdings.values();
    }

    public Set<String> entitlements() {
        return holdings.keySet().stream().map(Holding.Key::entitlement).collect(Collectors.toUnmodifiableSet());
    }

    public int size() {
        return holdings.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EffectiveAccess that && holdings.equals(that.holdings);
    }

    @Override
    public int hashCode() {
        return holdings.hashCode();
    }
}
