package io.countersign.app.review;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.format.Identity;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the diff tree: identity → system → rows, with rows held through a role grouped under that
 * role so it can be expanded to its entitlements. Changed lines sort before unchanged ones.
 */
public final class AccessDiffTree {
    private static final Comparator<DiffNode> ORDER = Comparator.comparing(
                    (DiffNode node) -> node.change().ordinal())
            .thenComparing(DiffNode::label, String.CASE_INSENSITIVE_ORDER);

    private final AccessCatalog catalog;
    private final AccessText text;

    public AccessDiffTree(AccessCatalog catalog) {
        this.catalog = catalog;
        this.text = new AccessText(catalog);
    }

    public List<DiffNode> build(List<IdentityReview> reviews) {
        return reviews.stream().map(this::identity).toList();
    }

    private DiffNode identity(IdentityReview review) {
        Map<String, List<AccessRow>> bySystem = new TreeMap<>();
        review.rows()
                .forEach(row -> bySystem.computeIfAbsent(catalog.systemOf(row.entitlement()), s -> new ArrayList<>())
                        .add(row));
        List<DiffNode> systems = bySystem.entrySet().stream()
                .map(e -> system(review.id(), e.getKey(), e.getValue()))
                .sorted(ORDER)
                .toList();
        Identity who = review.identity();
        String label = who == null || who.name() == null ? review.id() : who.name();
        String detail = who == null
                ? review.id() + (review.created() ? " · created by this draft" : " · not in the snapshot")
                : review.id() + " · " + who.kind().code() + (who.orgUnit() == null ? "" : " · " + who.orgUnit())
                        + (review.created() ? " · created by this draft" : "");
        return group(DiffNode.Level.IDENTITY, label, detail, review.id(), null, review.rows(), systems);
    }

    private DiffNode system(String identity, String systemId, List<AccessRow> rows) {
        List<DiffNode> children = new ArrayList<>();
        Map<String, List<AccessRow>> byRole = new LinkedHashMap<>();
        for (AccessRow row : rows) {
            if (row.key().isDirect()) {
                children.add(entitlement(row));
            } else {
                byRole.computeIfAbsent(row.key().viaRole(), r -> new ArrayList<>())
                        .add(row);
            }
        }
        byRole.forEach((role, roleRows) -> children.add(role(identity, role, roleRows)));
        children.sort(ORDER);
        ManagedSystem system = catalog.system(systemId);
        String label = system == null || system.name() == null ? systemId : system.name();
        return group(DiffNode.Level.SYSTEM, label, systemId, identity, null, rows, children);
    }

    private DiffNode role(String identity, String roleId, List<AccessRow> rows) {
        Role role = catalog.role(roleId);
        String label = "Role: " + (role == null || role.name() == null ? roleId : role.name());
        List<DiffNode> children =
                rows.stream().map(this::entitlement).sorted(ORDER).toList();
        return group(DiffNode.Level.ROLE, label, roleId, identity, roleId, rows, children);
    }

    private DiffNode entitlement(AccessRow row) {
        String path =
                row.key().isDirect() ? "direct" : "via " + roleName(row.key().viaRole());
        return new DiffNode(
                DiffNode.Level.ENTITLEMENT,
                catalog.nameOf(row.entitlement()),
                row.entitlement(),
                path,
                row.change(),
                null,
                text.holding(row.before()),
                text.proposed(row),
                row.identity(),
                row.key(),
                null,
                List.of());
    }

    private String roleName(String roleId) {
        Role role = catalog.role(roleId);
        return role == null || role.name() == null ? roleId : role.name();
    }

    private static DiffNode group(
            DiffNode.Level level,
            String label,
            String detail,
            String identity,
            String role,
            List<AccessRow> rows,
            List<DiffNode> children) {
        Map<AccessRow.Change, Integer> counts = new EnumMap<>(AccessRow.Change.class);
        rows.forEach(row -> counts.merge(row.change(), 1, Integer::sum));
        AccessRow.Change change = counts.size() == 1
                ? counts.keySet().iterator().next()
                : counts.keySet().stream().anyMatch(c -> c != AccessRow.Change.UNCHANGED)
                        ? AccessRow.Change.CHANGED
                        : AccessRow.Change.UNCHANGED;
        List<String> parts = new ArrayList<>();
        counts.forEach((c, n) -> {
            if (c != AccessRow.Change.UNCHANGED) {
                parts.add(n + " " + c.name().toLowerCase(Locale.ROOT));
            }
        });
        String summary = parts.isEmpty() ? "no change" : String.join(" · ", parts);
        return new DiffNode(level, label, detail, null, change, summary, "", "", identity, null, role, children);
    }
}
