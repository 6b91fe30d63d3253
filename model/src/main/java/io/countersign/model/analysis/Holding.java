package io.countersign.model.analysis;

import java.time.Instant;

/**
 * An entitlement an identity effectively holds, and how: directly ({@code viaRole} null) or through
 * a role. Expiry, scope and last use come from the grant that carries it.
 */
public record Holding(Key key, Instant grantedAt, Instant expiresAt, Instant lastUsedAt, String scope) {

    public record Key(String entitlement, String viaRole) {
        public boolean isDirect() {
            return viaRole == null;
        }

        public String path() {
            return viaRole == null ? "direct" : "via role " + viaRole;
        }
    }

    public String entitlement() {
        return key.entitlement();
    }

    public String path() {
        return key.path();
    }
}
