package io.countersign.model.analysis;

import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.Role;

/** Plain-language names for messages: "Dana Kim (u-dkim)", "Release payments (erp.ap.payment-release)". */
public final class Names {
    private final AccessCatalog catalog;

    public Names(AccessCatalog catalog) {
        this.catalog = catalog;
    }

    public String identity(String id) {
        Identity identity = catalog.identity(id);
        return identity == null || identity.name() == null ? id : identity.name() + " (" + id + ")";
    }

    public String identity(IdentityReview review) {
        Identity identity = review.identity();
        return identity == null || identity.name() == null ? review.id() : identity.name() + " (" + review.id() + ")";
    }

    public String entitlement(String id) {
        Entitlement entitlement = catalog.entitlement(id);
        return entitlement == null
                        || entitlement.name() == null
                        || entitlement.name().equals(id)
                ? id
                : entitlement.name() + " (" + id + ")";
    }

    public String role(String id) {
        Role role = catalog.role(id);
        return role == null || role.name() == null ? id : role.name() + " (" + id + ")";
    }

    /** How it is held: "held directly" or "through role Finance clerk (r-fin-clerk)". */
    public String path(Holding.Key key) {
        return key.isDirect() ? "held directly" : "through role " + role(key.viaRole());
    }

    public String held(Holding.Key key) {
        return entitlement(key.entitlement()) + ", " + path(key);
    }
}
