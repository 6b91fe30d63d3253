package io.countersign.model.format;

import java.util.List;

/**
 * Proposed changes to one identity's access. {@code create} is present when the draft creates the
 * identity (a new service account, say). Adding what the identity already holds directly changes
 * that grant's expiry or scope.
 */
public record IdentityChange(String identity, NewIdentity create, List<AccessGrant> add, List<AccessGrant> remove) {

    public IdentityChange {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }

    public record NewIdentity(
            String name, IdentityKind kind, String owner, String orgUnit, String jobCode, String manager) {}
}
