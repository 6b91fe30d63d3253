package io.countersign.model.read;

import io.countersign.model.format.Assignment;
import io.countersign.model.format.Condition;
import io.countersign.model.format.ConditionType;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Role;
import io.countersign.model.format.Sensitivity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.Workflow;
import io.countersign.model.format.WorkflowStep;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Binds a {@code countersign.snapshot/v1} document, resolving every reference inside it. */
public final class SnapshotReader {

    private final IdSet identityIds;
    private final IdSet systemIds;
    private final IdSet entitlementIds;
    private final IdSet roleIds;

    private SnapshotReader(SourceNode root) throws FormatException {
        identityIds = IdSet.of("identity", root.field("identities").arrayItems("'identities'"));
        systemIds = IdSet.of("system", root.field("systems").arrayItems("'systems'"));
        entitlementIds = IdSet.of("entitlement", root.field("entitlements").arrayItems("'entitlements'"));
        SourceNode roles = root.optionalField("roles");
        roleIds = IdSet.of("role", roles == null ? List.of() : roles.arrayItems("'roles'"));
        SourceNode workflows = root.optionalField("workflows");
        IdSet.of("workflow", workflows == null ? List.of() : workflows.arrayItems("'workflows'"));
    }

    public static Snapshot read(SourceNode root) throws FormatException {
        FormatCheck.expect(root, Snapshot.FORMAT);
        root.onlyFields(Fields.SNAPSHOT);
        SnapshotReader reader = new SnapshotReader(root);
        return new Snapshot(
                root.text("id"),
                root.instant("takenAt"),
                root.list("identities", reader::identity),
                root.list("systems", SnapshotReader::system),
                root.list("entitlements", reader::entitlement),
                root.optionalList("roles", reader::role),
                root.optionalList("assignments", reader::assignment),
                root.optionalList("workflows", reader::workflow));
    }

    private Identity identity(SourceNode node) throws FormatException {
        node.onlyFields(Fields.IDENTITY);
        return new Identity(
                node.text("id"),
                node.text("name"),
                node.code("kind", IdentityKind.class),
                node.optionalText("orgUnit"),
                node.optionalText("jobCode"),
                identityIds.resolveOptional(node, "manager"),
                identityIds.resolveOptional(node, "owner"),
                node.optionalText("status"));
    }

    private static ManagedSystem system(SourceNode node) throws FormatException {
        node.onlyFields(Fields.SYSTEM);
        return new ManagedSystem(node.text("id"), node.optionalText("name"), node.optionalText("owner"));
    }

    private Entitlement entitlement(SourceNode node) throws FormatException {
        node.onlyFields(Fields.ENTITLEMENT);
        String id = node.text("id");
        String name = node.optionalText("name");
        return new Entitlement(
                id,
                systemIds.resolve(node.field("system")),
                name == null ? id : name,
                node.code("sensitivity", Sensitivity.class),
                node.optionalText("owner"),
                node.optionalText("scope"),
                node.optionalBoolean("grantsAccess", false),
                node.optionalBoolean("humanOnly", false));
    }

    private Role role(SourceNode node) throws FormatException {
        node.onlyFields(Fields.ROLE);
        return new Role(node.text("id"), node.optionalText("name"), node.list("entitlements", entitlementIds::resolve));
    }

    private Assignment assignment(SourceNode node) throws FormatException {
        node.expectObject("an assignment").onlyFields(Fields.ASSIGNMENT);
        boolean hasEntitlement = node.has("entitlement");
        if (hasEntitlement == node.has("role")) {
            throw node.error("an assignment names exactly one of 'entitlement' or 'role'");
        }
        return new Assignment(
                identityIds.resolve(node.field("identity")),
                hasEntitlement ? entitlementIds.resolve(node.field("entitlement")) : null,
                hasEntitlement ? null : roleIds.resolve(node.field("role")),
                node.optionalInstant("grantedAt"),
                node.optionalInstant("expiresAt"),
                node.optionalInstant("lastUsedAt"),
                node.optionalText("scope"));
    }

    private Workflow workflow(SourceNode node) throws FormatException {
        return readWorkflow(node, identityIds, roleIds);
    }

    /** The approver relations a step may name besides {@code role:ID} and {@code identity:ID}. */
    static final Set<String> RELATIONS = Set.of("manager", "entitlement-owner", "system-owner", "requester");

    /** Shared with drafts, whose proposed workflow has the same shape; the id sets are null there. */
    static Workflow readWorkflow(SourceNode node, IdSet identities, IdSet roles) throws FormatException {
        node.expectObject("a workflow").onlyFields(Fields.WORKFLOW);
        Set<String> names = new HashSet<>();
        return new Workflow(node.text("id"), node.optionalText("name"), node.list("steps", step -> {
            WorkflowStep read = step(step, identities, roles);
            if (!names.add(read.name())) {
                throw step.field("name")
                        .error("duplicate step name \"" + read.name() + "\"; steps are matched by name");
            }
            return read;
        }));
    }

    private static WorkflowStep step(SourceNode node, IdSet identities, IdSet roles) throws FormatException {
        node.expectObject("a workflow step").onlyFields(Fields.STEP);
        SourceNode approver = node.field("approver");
        String text = approver.asId();
        if (text.startsWith("identity:") && text.length() > "identity:".length()) {
            resolvePrefixed(approver, text, "identity:", identities, "identity");
        } else if (text.startsWith("role:") && text.length() > "role:".length()) {
            resolvePrefixed(approver, text, "role:", roles, "role");
        } else if (!RELATIONS.contains(text)) {
            throw approver.error(
                    "expected manager, entitlement-owner, system-owner, requester, role:ID or identity:ID, found \""
                            + text + "\"");
        }
        return new WorkflowStep(
                node.text("name"),
                text,
                node.optionalInteger("quorum", 1, 100, 1),
                node.optionalList("conditions", SnapshotReader::condition));
    }

    private static void resolvePrefixed(SourceNode approver, String text, String prefix, IdSet ids, String kind)
            throws FormatException {
        String id = text.substring(prefix.length());
        if (ids != null && !ids.contains(id)) {
            throw approver.error("refers to " + kind + " \"" + id + "\", which this file does not declare");
        }
    }

    private static Condition condition(SourceNode node) throws FormatException {
        node.expectObject("a condition").onlyFields(Fields.CONDITION);
        return new Condition(node.code("type", ConditionType.class), node.optionalText("value"));
    }
}
