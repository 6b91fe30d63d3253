package io.countersign.model.convert;

import io.countersign.model.format.Assignment;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Role;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.Workflow;
import io.countersign.model.format.WorkflowStep;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Combines per-system snapshots into one, so that rules can span the directory and the cloud.
 * Identities with the same id, or mapped as one by an {@link IdentityMap}, become one identity;
 * their attributes must agree (a missing value agrees with any; the display name is taken from the
 * first file that has one). Systems, entitlements, roles and workflows with the same id must be
 * equal. Any disagreement refuses the merge, naming both places.
 */
public final class SnapshotMerger {

    /** A snapshot as read, with its syntax tree so that refusals can name the file, line and pointer. */
    public record Input(SourceNode root, Snapshot snapshot) {}

    /** The identity attributes that must agree; {@code name} is left out, as it only labels. */
    private static final List<String> AGREE = List.of("kind", "orgUnit", "jobCode", "manager", "owner", "status");

    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, Identity> identities = new LinkedHashMap<>();
    private final Map<String, SourceNode> identityNodes = new HashMap<>();

    private SnapshotMerger(IdentityMap map) {
        for (IdentityMap.Entry entry : map.entries()) {
            for (SourceNode alias : entry.sameAs()) {
                canonical.put(aliasText(alias), entry.id());
            }
        }
    }

    private static String aliasText(SourceNode alias) {
        try {
            return alias.asId();
        } catch (FormatException e) {
            throw new IllegalStateException("IdentityMap.read checked every alias", e);
        }
    }

    public static Snapshot merge(List<Input> inputs, IdentityMap map, String snapshotId) throws FormatException {
        SnapshotMerger merger = new SnapshotMerger(map);
        merger.checkAliasesAppear(inputs, map);
        Map<String, Held<ManagedSystem>> systems = new LinkedHashMap<>();
        Map<String, Held<Entitlement>> entitlements = new LinkedHashMap<>();
        Map<String, Held<Role>> roles = new LinkedHashMap<>();
        Map<String, Held<Workflow>> workflows = new LinkedHashMap<>();
        Set<Assignment> assignments = new LinkedHashSet<>();
        Instant takenAt = null;
        for (Input input : inputs) {
            Snapshot snapshot = input.snapshot();
            SourceNode root = input.root();
            takenAt = takenAt == null || snapshot.takenAt().isBefore(takenAt) ? snapshot.takenAt() : takenAt;
            List<SourceNode> identityNodes = root.field("identities").items();
            for (int i = 0; i < snapshot.identities().size(); i++) {
                merger.identity(snapshot.identities().get(i), identityNodes.get(i));
            }
            same("system", systems, snapshot.systems(), ManagedSystem::id, root.field("systems"));
            same("entitlement", entitlements, snapshot.entitlements(), Entitlement::id, root.field("entitlements"));
            same("role", roles, snapshot.roles(), Role::id, root.optionalField("roles"));
            same(
                    "workflow",
                    workflows,
                    snapshot.workflows().stream().map(merger::rewrite).toList(),
                    Workflow::id,
                    root.optionalField("workflows"));
            for (Assignment assignment : snapshot.assignments()) {
                assignments.add(new Assignment(
                        merger.idOf(assignment.identity()),
                        assignment.entitlement(),
                        assignment.role(),
                        assignment.grantedAt(),
                        assignment.expiresAt(),
                        assignment.lastUsedAt(),
                        assignment.scope()));
            }
        }
        merger.applyOwners(map);
        return new Snapshot(
                snapshotId,
                takenAt,
                List.copyOf(merger.identities.values()),
                values(systems),
                values(entitlements),
                values(roles),
                List.copyOf(assignments),
                values(workflows));
    }

    private record Held<T>(T value, SourceNode node) {}

    private String idOf(String id) {
        return id == null ? null : canonical.getOrDefault(id, id);
    }

    /** A mapping that names an id no input has is most likely a typo that would keep two people apart. */
    private void checkAliasesAppear(List<Input> inputs, IdentityMap map) throws FormatException {
        Set<String> present = new LinkedHashSet<>();
        for (Input input : inputs) {
            input.snapshot().identities().forEach(identity -> present.add(identity.id()));
        }
        for (IdentityMap.Entry entry : map.entries()) {
            for (SourceNode alias : entry.sameAs()) {
                if (!present.contains(alias.asId())) {
                    throw alias.error("no snapshot being merged has the identity \"" + alias.asId() + "\"");
                }
            }
        }
    }

    private void identity(Identity read, SourceNode node) throws FormatException {
        Identity identity = new Identity(
                idOf(read.id()),
                read.name(),
                read.kind(),
                read.orgUnit(),
                read.jobCode(),
                idOf(read.manager()),
                idOf(read.owner()),
                read.status());
        Identity before = identities.get(identity.id());
        if (before == null) {
            identities.put(identity.id(), identity);
            identityNodes.put(identity.id(), node);
            return;
        }
        Map<String, Object> merged = new HashMap<>();
        for (String attribute : AGREE) {
            Object mine = attribute(identity, attribute);
            Object theirs = attribute(before, attribute);
            if (mine != null && theirs != null && !mine.equals(theirs)) {
                SourceNode at = node.optionalField(attribute) != null ? node.optionalField(attribute) : node;
                throw at.error("identity \"" + identity.id() + "\" has " + attribute + " " + show(mine) + " here but "
                        + show(theirs) + " in " + place(identityNodes.get(identity.id()))
                        + "; one identity cannot have both: correct a source or the identity map");
            }
            merged.put(attribute, theirs != null ? theirs : mine);
        }
        identities.put(
                identity.id(),
                new Identity(
                        identity.id(),
                        before.name(),
                        before.kind(),
                        (String) merged.get("orgUnit"),
                        (String) merged.get("jobCode"),
                        (String) merged.get("manager"),
                        (String) merged.get("owner"),
                        (String) merged.get("status")));
    }

    private void applyOwners(IdentityMap map) throws FormatException {
        for (IdentityMap.Entry entry : map.entries()) {
            Identity identity = identities.get(entry.id());
            if (identity == null) {
                throw entry.node()
                        .field("id")
                        .error("no snapshot being merged has the identity \"" + entry.id()
                                + "\" or any of its sameAs ids");
            }
            if (entry.owner() == null) {
                continue;
            }
            String owner = idOf(entry.owner().asId());
            if (!identities.containsKey(owner)) {
                throw entry.owner().error("the owner \"" + owner + "\" is not an identity of the merged snapshots");
            }
            if (identity.owner() != null && !identity.owner().equals(owner)) {
                throw entry.owner()
                        .error("identity \"" + identity.id() + "\" already has the owner \"" + identity.owner()
                                + "\" in " + place(identityNodes.get(identity.id())));
            }
            identities.put(
                    identity.id(),
                    new Identity(
                            identity.id(),
                            identity.name(),
                            identity.kind(),
                            identity.orgUnit(),
                            identity.jobCode(),
                            identity.manager(),
                            owner,
                            identity.status()));
        }
    }

    private Workflow rewrite(Workflow workflow) {
        List<WorkflowStep> steps = new ArrayList<>();
        for (WorkflowStep step : workflow.steps()) {
            String approver = step.approver();
            if (approver.startsWith("identity:")) {
                approver = "identity:" + idOf(approver.substring("identity:".length()));
            }
            steps.add(new WorkflowStep(step.name(), approver, step.quorum(), step.conditions()));
        }
        return new Workflow(workflow.id(), workflow.name(), steps);
    }

    /** Adds each item to {@code held} by id; an id seen before must come with an equal item. */
    private static <T extends Record> void same(
            String kind, Map<String, Held<T>> held, List<T> items, Function<T, String> id, SourceNode list)
            throws FormatException {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            SourceNode node = list.items().get(i);
            Held<T> before = held.putIfAbsent(id.apply(item), new Held<>(item, node));
            if (before != null && !before.value().equals(item)) {
                String field = firstDifference(before.value(), item);
                throw (node.optionalField(field) != null ? node.optionalField(field) : node)
                        .error(kind + " \"" + id.apply(item) + "\" differs in '" + field + "' from the one in "
                                + place(before.node()) + "; the same id must mean the same " + kind);
            }
        }
    }

    private static String firstDifference(Record a, Record b) {
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (!Objects.equals(read(component, a), read(component, b))) {
                return component.getName();
            }
        }
        return "id";
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's accessor is public", e);
        }
    }

    private static Object attribute(Identity identity, String name) {
        return switch (name) {
            case "kind" -> identity.kind().code();
            case "orgUnit" -> identity.orgUnit();
            case "jobCode" -> identity.jobCode();
            case "manager" -> identity.manager();
            case "owner" -> identity.owner();
            case "status" -> identity.status();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String show(Object value) {
        return "\"" + value + "\"";
    }

    private static String place(SourceNode node) {
        return node.source() + ":" + node.position().describe();
    }

    private static <T> List<T> values(Map<String, Held<T>> held) {
        return held.values().stream().map(Held::value).toList();
    }
}
