package io.countersign.model.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two effective-access sets as keyed sets: one pass over each, linear in their sizes. No
 * sequence diff: a fully disjoint pair costs the same as a small change.
 */
public final class EffectiveAccessDiff {
    private EffectiveAccessDiff() {}

    public static List<AccessRow> compare(String identity, EffectiveAccess current, EffectiveAccess proposed) {
        Map<Holding.Key, Holding> before = current.byKey();
        Map<Holding.Key, Holding> after = proposed.byKey();
        List<AccessRow> rows = new ArrayList<>(before.size() + after.size());
        for (Holding was : before.values()) {
            Holding now = after.get(was.key());
            if (now == null) {
                rows.add(new AccessRow(identity, was.key(), AccessRow.Change.REMOVED, was, null, Set.of()));
            } else {
                Set<AccessRow.Field> changed = changedFields(was, now);
                rows.add(new AccessRow(
                        identity,
                        was.key(),
                        changed.isEmpty() ? AccessRow.Change.UNCHANGED : AccessRow.Change.CHANGED,
                        was,
                        now,
                        changed));
            }
        }
        for (Holding now : after.values()) {
            if (!before.containsKey(now.key())) {
                rows.add(new AccessRow(identity, now.key(), AccessRow.Change.ADDED, null, now, Set.of()));
            }
        }
        return rows;
    }

    /** Rebuilds the proposed side from the current side and the rows: the diff's defining property. */
    public static EffectiveAccess apply(EffectiveAccess current, List<AccessRow> rows) {
        Map<Holding.Key, Holding> result = new LinkedHashMap<>(current.byKey());
        for (AccessRow row : rows) {
            switch (row.change()) {
                case REMOVED -> result.remove(row.key());
                case ADDED, CHANGED, UNCHANGED -> result.put(row.key(), row.after());
            }
        }
        return new EffectiveAccess(result);
    }

    private static Set<AccessRow.Field> changedFields(Holding was, Holding now) {
        Set<AccessRow.Field> changed = EnumSet.noneOf(AccessRow.Field.class);
        if (!Objects.equals(was.expiresAt(), now.expiresAt())) {
            changed.add(AccessRow.Field.EXPIRY);
        }
        if (!Objects.equals(was.scope(), now.scope())) {
            changed.add(AccessRow.Field.SCOPE);
        }
        return changed;
    }
}
