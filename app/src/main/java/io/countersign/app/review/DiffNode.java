package io.countersign.app.review;

import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.Holding;
import java.util.List;

/**
 * One line of the side-by-side diff tree: an identity, a system, a role or an entitlement row.
 * {@code key} is set on entitlement rows, {@code role} on role rows; both name their {@code identity}.
 */
public record DiffNode(
        Level level,
        String label,
        String detail,
        String path,
        AccessRow.Change change,
        String summary,
        String current,
        String proposed,
        String identity,
        Holding.Key key,
        String role,
        List<DiffNode> children) {

    public enum Level {
        IDENTITY,
        SYSTEM,
        ROLE,
        ENTITLEMENT
    }

    public DiffNode {
        children = List.copyOf(children);
    }

    /** True when this line or anything under it changes. */
    public boolean changes() {
        return change != AccessRow.Change.UNCHANGED;
    }
}
