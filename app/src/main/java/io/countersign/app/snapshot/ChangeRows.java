package io.countersign.app.snapshot;

import io.countersign.app.snapshot.ChangeRow.Area;
import io.countersign.model.analysis.AccessRow.Change;
import io.countersign.model.analysis.SnapshotChanges;
import io.countersign.model.analysis.SnapshotChanges.FieldChange;
import io.countersign.model.format.Assignment;
import io.countersign.model.format.Identity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** The changes as rows in reading order: identities first (added, removed, changed), then grants. */
public final class ChangeRows {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ChangeRows() {}

    public static List<ChangeRow> of(SnapshotChanges changes) {
        List<ChangeRow> rows = new ArrayList<>(changes.count());
        changes.identitiesAdded().forEach(identity -> rows.add(identity(Change.ADDED, identity)));
        changes.identitiesRemoved().forEach(identity -> rows.add(identity(Change.REMOVED, identity)));
        changes.identitiesChanged()
                .forEach(changed -> rows.add(
                        new ChangeRow(Area.IDENTITY, Change.CHANGED, name(changed.after()), fields(changed.fields()))));
        changes.grantsAdded().forEach(grant -> rows.add(grant(Change.ADDED, grant, held(grant))));
        changes.grantsRemoved().forEach(grant -> rows.add(grant(Change.REMOVED, grant, held(grant))));
        changes.grantsChanged()
                .forEach(changed -> rows.add(grant(
                        Change.CHANGED, changed.after(), what(changed.after()) + " · " + fields(changed.fields()))));
        return rows;
    }

    /** "2 added · 1 removed · 3 changed" for identities or grants. */
    public static String summary(Area area, SnapshotChanges changes) {
        return area == Area.IDENTITY
                ? counts(
                        changes.identitiesAdded().size(),
                        changes.identitiesRemoved().size(),
                        changes.identitiesChanged().size())
                : counts(
                        changes.grantsAdded().size(),
                        changes.grantsRemoved().size(),
                        changes.grantsChanged().size());
    }

    private static String counts(int added, int removed, int changed) {
        return added + " added · " + removed + " removed · " + changed + " changed";
    }

    private static ChangeRow identity(Change change, Identity identity) {
        StringJoiner detail = new StringJoiner(" · ");
        detail.add(identity.kind().code());
        if (identity.status() != null) {
            detail.add(identity.status());
        }
        if (identity.orgUnit() != null) {
            detail.add(identity.orgUnit());
        }
        if (identity.manager() != null) {
            detail.add("manager " + identity.manager());
        }
        if (identity.owner() != null) {
            detail.add("owner " + identity.owner());
        }
        return new ChangeRow(Area.IDENTITY, change, name(identity), detail.toString());
    }

    private static ChangeRow grant(Change change, Assignment grant, String detail) {
        return new ChangeRow(Area.GRANT, change, grant.identity(), detail);
    }

    private static String name(Identity identity) {
        return identity.name() == null || identity.name().equals(identity.id())
                ? identity.id()
                : identity.name() + " (" + identity.id() + ")";
    }

    private static String what(Assignment grant) {
        return (grant.isRole() ? "role " : "entitlement ") + grant.target();
    }

    private static String held(Assignment grant) {
        return what(grant)
                + (grant.scope() == null ? "" : " · scope " + grant.scope())
                + (grant.expiresAt() == null ? "" : " · expires " + when(grant.expiresAt()));
    }

    private static String fields(List<FieldChange> fields) {
        return fields.stream()
                .map(field -> word(field.field()) + " " + value(field.field(), field.before()) + " → "
                        + value(field.field(), field.after()))
                .collect(Collectors.joining(" · "));
    }

    private static String word(String field) {
        return switch (field) {
            case "orgUnit" -> "org unit";
            case "jobCode" -> "job code";
            case "expiresAt" -> "expiry";
            case "grantedAt" -> "granted";
            default -> field;
        };
    }

    private static String value(String field, String value) {
        if (value == null) {
            return "none";
        }
        return field.endsWith("At") ? when(Instant.parse(value)) : value;
    }

    /** A moment as people read it in a list: "2026-12-15 09:00 UTC". */
    public static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
