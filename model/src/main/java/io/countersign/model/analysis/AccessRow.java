package io.countersign.model.analysis;

import java.util.Set;

/**
 * One row of the side-by-side view: an entitlement held by a path, before and after the draft.
 * {@code before} is null for added rows, {@code after} for removed ones.
 */
public record AccessRow(
        String identity, Holding.Key key, Change change, Holding before, Holding after, Set<Field> changed) {

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    /** What a changed row changed. */
    public enum Field {
        EXPIRY,
        SCOPE
    }

    public AccessRow {
        changed = Set.copyOf(changed);
    }

    public String entitlement() {
        return key.entitlement();
    }

    /** The holding as the draft would leave it, or as it was for removed rows. */
    public Holding current() {
        return after != null ? after : before;
    }
}
