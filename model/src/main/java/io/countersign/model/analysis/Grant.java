package io.countersign.model.analysis;

import java.time.Instant;

/**
 * What an identity holds at assignment level: one role or one entitlement, with its dates and
 * scope. Current grants come from the snapshot's assignments; proposed ones from applying a draft.
 */
public record Grant(Key key, Instant grantedAt, Instant expiresAt, Instant lastUsedAt, String scope) {

    /** One grant per target: an identity holds a role or an entitlement directly at most once. */
    public record Key(boolean role, String target) {
        public static Key role(String id) {
            return new Key(true, id);
        }

        public static Key entitlement(String id) {
            return new Key(false, id);
        }

        @Override
        public String toString() {
            return (role ? "role " : "entitlement ") + target;
        }
    }
}
