package io.countersign.model.format;

import java.time.Instant;

/**
 * An identity holding either one entitlement directly or one role. {@code scope}, when present,
 * narrows or widens the entitlement's own scope for this holder.
 */
public record Assignment(
        String identity,
        String entitlement,
        String role,
        Instant grantedAt,
        Instant expiresAt,
        Instant lastUsedAt,
        String scope) {

    public boolean isRole() {
        return role != null;
    }

    /** The entitlement or role id this assignment grants. */
    public String target() {
        return role != null ? role : entitlement;
    }
}
