package io.countersign.model.decision;

import io.countersign.model.format.AccessGrant;
import io.countersign.model.format.Draft;
import io.countersign.model.format.IdentityChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One thing a draft proposes for one identity: add or remove one entitlement or role. An approver
 * may approve some line items and not others, or shorten an addition's expiry.
 * {@code id} is stable and readable: {@code u-ana add entitlement erp.ap.approve}.
 */
public record LineItem(
        String id, String identity, Action action, boolean role, String target, Instant proposedExpiry, String scope) {

    public enum Action {
        ADD,
        REMOVE
    }

    public static List<LineItem> of(Draft draft) {
        List<LineItem> items = new ArrayList<>();
        for (IdentityChange change : draft.changes()) {
            change.add().forEach(grant -> items.add(item(change.identity(), Action.ADD, grant)));
            change.remove().forEach(grant -> items.add(item(change.identity(), Action.REMOVE, grant)));
        }
        return items;
    }

    private static LineItem item(String identity, Action action, AccessGrant grant) {
        String kind = grant.isRole() ? "role" : "entitlement";
        String id = identity + " " + action.name().toLowerCase(Locale.ROOT) + " " + kind + " " + grant.target();
        return new LineItem(id, identity, action, grant.isRole(), grant.target(), grant.expiresAt(), grant.scope());
    }
}
