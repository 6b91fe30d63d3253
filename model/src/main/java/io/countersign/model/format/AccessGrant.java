package io.countersign.model.format;

import java.time.Instant;

/** One entitlement or one role to add or remove, with the expiry and scope proposed for it. */
public record AccessGrant(String entitlement, String role, Instant expiresAt, String scope) {

    public boolean isRole() {
        return role != null;
    }

    public String target() {
        return role != null ? role : entitlement;
    }
}
