package io.countersign.app.review;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.Holding;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a holding reads in the Current and Proposed columns: expiry and scope, and what a change changed. */
final class AccessText {
    static final String NOT_HELD = "—";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final AccessCatalog catalog;

    AccessText(AccessCatalog catalog) {
        this.catalog = catalog;
    }

    static String date(Instant instant) {
        return instant == null ? "none" : DATE.format(instant);
    }

    String holding(Holding holding) {
        if (holding == null) {
            return NOT_HELD;
        }
        String expiry = holding.expiresAt() == null ? "no expiry" : "until " + date(holding.expiresAt());
        String scope = catalog.effectiveScope(holding);
        return scope == null ? expiry : expiry + " · " + scope;
    }

    /** The proposed side of a row; a changed row reads "expiry 1 Dec 2026 → none". */
    String proposed(AccessRow row) {
        if (row.change() != AccessRow.Change.CHANGED) {
            return holding(row.after());
        }
        List<String> parts = new ArrayList<>();
        if (row.changed().contains(AccessRow.Field.EXPIRY)) {
            parts.add("expiry " + date(row.before().expiresAt()) + " → "
                    + date(row.after().expiresAt()));
        }
        if (row.changed().contains(AccessRow.Field.SCOPE)) {
            parts.add("scope " + orAll(catalog.effectiveScope(row.before())) + " → "
                    + orAll(catalog.effectiveScope(row.after())));
        }
        return String.join(" · ", parts);
    }

    private static String orAll(String scope) {
        return scope == null ? "default" : scope;
    }
}
