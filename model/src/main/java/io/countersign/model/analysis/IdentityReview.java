package io.countersign.model.analysis;

import io.countersign.model.format.Identity;
import java.util.List;

/**
 * One affected identity's access before and after the draft, and with its other pending drafts
 * applied as well ({@code cumulative} equals {@code proposed} when there are none).
 * {@code identity} is null when the snapshot lacks it and the draft does not create it.
 */
public record IdentityReview(
        String id,
        Identity identity,
        boolean created,
        AccessState currentGrants,
        AccessState proposedGrants,
        EffectiveAccess current,
        EffectiveAccess proposed,
        EffectiveAccess cumulative,
        List<String> pendingDrafts,
        List<AccessRow> rows) {

    public IdentityReview {
        pendingDrafts = List.copyOf(pendingDrafts);
        rows = List.copyOf(rows);
    }

    public boolean isNonHuman() {
        return identity != null && !identity.isHuman();
    }

    public AccessRow row(Holding.Key key) {
        return rows.stream().filter(row -> row.key().equals(key)).findFirst().orElse(null);
    }
}
