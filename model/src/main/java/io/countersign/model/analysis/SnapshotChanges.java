package io.countersign.model.analysis;

import io.countersign.model.format.Assignment;
import io.countersign.model.format.Identity;
import io.countersign.model.format.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two snapshots for the people who review access: identities added, removed
 * or changed (kind, status, org unit, manager…) and grants — assignments of an entitlement or a
 * role — added, removed or changed (expiry, scope, grant time). Both sides are keyed sets, so the
 * comparison is linear in the snapshots' size; lists keep the order of the snapshot each item
 * comes from. A grant's {@code lastUsedAt} moves with every export and is not a change of access,
 * so it is not compared.
 */
public record SnapshotChanges(
        List<Identity> identitiesAdded,
        List<Identity> identitiesRemoved,
        List<ChangedIdentity> identitiesChanged,
        List<Assignment> grantsAdded,
        List<Assignment> grantsRemoved,
        List<ChangedGrant> grantsChanged) {

    /** One field that differs; {@code null} stands for absent. */
    public record FieldChange(String field, String before, String after) {}

    public record ChangedIdentity(Identity before, Identity after, List<FieldChange> fields) {
        public ChangedIdentity {
            fields = List.copyOf(fields);
        }
    }

    public record ChangedGrant(Assignment before, Assignment after, List<FieldChange> fields) {
        public ChangedGrant {
            fields = List.copyOf(fields);
        }
    }

    public SnapshotChanges {
        identitiesAdded = List.copyOf(identitiesAdded);
        identitiesRemoved = List.copyOf(identitiesRemoved);
        identitiesChanged = List.copyOf(identitiesChanged);
        grantsAdded = List.copyOf(grantsAdded);
        grantsRemoved = List.copyOf(grantsRemoved);
        grantsChanged = List.copyOf(grantsChanged);
    }

    /** @param before the current snapshot, or null when there is none yet (then everything is added) */
    public static SnapshotChanges between(Snapshot before, Snapshot after) {
        List<Identity> oldIdentities = before == null ? List.of() : before.identities();
        List<Assignment> oldGrants = before == null ? List.of() : before.assignments();
        List<Identity> added = new ArrayList<>();
        List<ChangedIdentity> changed = new ArrayList<>();
        Map<String, Identity> remaining = new LinkedHashMap<>();
        oldIdentities.forEach(identity -> remaining.put(identity.id(), identity));
        for (Identity now : after.identities()) {
            Identity was = remaining.remove(now.id());
            if (was == null) {
                added.add(now);
            } else {
                List<FieldChange> fields = identityFields(was, now);
                if (!fields.isEmpty()) {
                    changed.add(new ChangedIdentity(was, now, fields));
                }
            }
        }
        List<Assignment> grantsAdded = new ArrayList<>();
        List<ChangedGrant> grantsChanged = new ArrayList<>();
        Map<GrantKey, Assignment> remainingGrants = keyed(oldGrants);
        Map<GrantKey, Integer> seen = new HashMap<>();
        for (Assignment now : after.assignments()) {
            Assignment was = remainingGrants.remove(key(now, seen));
            if (was == null) {
                grantsAdded.add(now);
            } else {
                List<FieldChange> fields = grantFields(was, now);
                if (!fields.isEmpty()) {
                    grantsChanged.add(new ChangedGrant(was, now, fields));
                }
            }
        }
        return new SnapshotChanges(
                added,
                List.copyOf(remaining.values()),
                changed,
                grantsAdded,
                List.copyOf(remainingGrants.values()),
                grantsChanged);
    }

    /** No identity and no grant differs (other parts of the snapshots may). */
    public boolean isEmpty() {
        return count() == 0;
    }

    public int count() {
        return identitiesAdded.size()
                + identitiesRemoved.size()
                + identitiesChanged.size()
                + grantsAdded.size()
                + grantsRemoved.size()
                + grantsChanged.size();
    }

    /**
     * A grant is who holds what, directly or through a role. The same identity may hold the same
     * entitlement twice (two scopes); the occurrence number pairs them up in file order.
     */
    private record GrantKey(String identity, boolean role, String target, int occurrence) {}

    private static Map<GrantKey, Assignment> keyed(List<Assignment> grants) {
        Map<GrantKey, Assignment> keyed = new LinkedHashMap<>();
        Map<GrantKey, Integer> seen = new HashMap<>();
        grants.forEach(grant -> keyed.put(key(grant, seen), grant));
        return keyed;
    }

    private static GrantKey key(Assignment grant, Map<GrantKey, Integer> seen) {
        GrantKey first = new GrantKey(grant.identity(), grant.isRole(), grant.target(), 0);
        int occurrence = seen.merge(first, 1, Integer::sum) - 1;
        return occurrence == 0 ? first : new GrantKey(grant.identity(), grant.isRole(), grant.target(), occurrence);
    }

    private static List<FieldChange> identityFields(Identity was, Identity now) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "name", was.name(), now.name());
        compare(fields, "kind", was.kind().code(), now.kind().code());
        compare(fields, "status", was.status(), now.status());
        compare(fields, "orgUnit", was.orgUnit(), now.orgUnit());
        compare(fields, "jobCode", was.jobCode(), now.jobCode());
        compare(fields, "manager", was.manager(), now.manager());
        compare(fields, "owner", was.owner(), now.owner());
        return fields;
    }

    private static List<FieldChange> grantFields(Assignment was, Assignment now) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "expiresAt", text(was.expiresAt()), text(now.expiresAt()));
        compare(fields, "scope", was.scope(), now.scope());
        compare(fields, "grantedAt", text(was.grantedAt()), text(now.grantedAt()));
        return fields;
    }

    private static void compare(List<FieldChange> fields, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field, before, after));
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
