package io.countersign.model.convert;

import io.countersign.model.format.Assignment;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Role;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns SCIM 2.0 Users and Groups into a {@code countersign.snapshot/v1} for one system: users become
 * identities, groups become entitlements or roles per the {@link ScimMapping}, and membership
 * (direct, nested, or listed on the user) becomes assignments.
 */
public final class ScimConverter {

    private final ScimResources resources;
    private final String system;
    private final ScimMapping mapping;
    private final Map<String, String> identityIdByScimId = new HashMap<>();
    private final Map<String, GroupTarget> targetByScimId = new LinkedHashMap<>();
    private final Set<String> identityIds = new HashSet<>();
    private final Set<String> targetIds = new HashSet<>();

    private record GroupTarget(String id, String name, SourceNode node) {}

    private ScimConverter(ScimResources resources, String system, ScimMapping mapping) {
        this.resources = resources;
        this.system = system;
        this.mapping = mapping;
    }

    /** Converts the documents, all or nothing; every refusal names the document, position and pointer. */
    public static Snapshot convert(
            List<SourceNode> documents, String system, ScimMapping mapping, String snapshotId, Instant takenAt)
            throws FormatException {
        ScimConverter converter = new ScimConverter(ScimResources.read(documents), system, mapping);
        List<Identity> identities = converter.identities();
        converter.groupTargets();
        List<Entitlement> entitlements = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        converter.grants(entitlements, roles);
        return new Snapshot(
                snapshotId,
                takenAt,
                identities,
                List.of(new ManagedSystem(system, mapping.systemName(), mapping.systemOwner())),
                entitlements,
                roles,
                converter.assignments(),
                List.of());
    }

    private List<Identity> identities() throws FormatException {
        for (ScimResources.User user : resources.users.values()) {
            String id = user.attributes().get(mapping.identityId());
            if (id == null || id.isBlank()) {
                throw user.node()
                        .error("this User has no " + mapping.identityId().attribute()
                                + ", which the mapping's identityId names; every identity needs an id");
            }
            if (!identityIds.add(id)) {
                throw user.node()
                        .error("two Users have the " + mapping.identityId().attribute() + " \"" + id
                                + "\"; identity ids must be unique");
            }
            identityIdByScimId.put(user.scimId(), id);
        }
        List<Identity> identities = new ArrayList<>();
        for (ScimResources.User user : resources.users.values()) {
            String manager = manager(user);
            IdentityKind kind = kind(user);
            boolean ownedByManager = !kind.isHuman() && mapping.nonHumanOwnerIsManager();
            identities.add(new Identity(
                    identityIdByScimId.get(user.scimId()),
                    user.name(),
                    kind,
                    user.attributes().get(mapping.orgUnit()),
                    user.attributes().get(mapping.jobCode()),
                    manager,
                    ownedByManager ? manager : null,
                    user.active() == null ? null : user.active() ? "active" : "disabled"));
        }
        return identities;
    }

    private String manager(ScimResources.User user) throws FormatException {
        if (user.manager() == null) {
            return null;
        }
        String id = identityIdByScimId.get(user.manager().asId());
        if (id == null) {
            throw user.manager()
                    .error("the manager \"" + user.manager().asId()
                            + "\" is not a User in these documents; export the manager too");
        }
        return id;
    }

    private IdentityKind kind(ScimResources.User user) {
        for (ScimMapping.KindRule rule : mapping.kinds()) {
            if (rule.applies(user.attributes().get(rule.attribute()))) {
                return rule.kind();
            }
        }
        return IdentityKind.HUMAN;
    }

    /** Each group's entitlement or role id; groups known only from a user's {@code groups} are added here. */
    private void groupTargets() throws FormatException {
        for (ScimResources.Group group : resources.groups.values()) {
            target(group.scimId(), group.displayName(), group.node());
        }
        for (ScimResources.User user : resources.users.values()) {
            for (ScimResources.Reference group : user.groups()) {
                if (!targetByScimId.containsKey(group.id())) {
                    target(group.id(), group.display() == null ? group.id() : group.display(), group.value());
                }
            }
        }
    }

    private void target(String scimId, String displayName, SourceNode node) throws FormatException {
        String id = mapping.groups()
                .id()
                .replace("{system}", system)
                .replace("{displayName}", displayName)
                .replace("{id}", scimId);
        if (!targetIds.add(id)) {
            throw node.error("this group's id would be \"" + id + "\", as another group's is; set groups.id in "
                    + "the mapping to a template with {id}");
        }
        targetByScimId.put(scimId, new GroupTarget(id, displayName, node));
    }

    private void grants(List<Entitlement> entitlements, List<Role> roles) throws FormatException {
        ScimMapping.GroupMapping groups = mapping.groups();
        Set<String> declared = new HashSet<>();
        for (GroupTarget target : targetByScimId.values()) {
            ScimMapping.GroupRule rule = groups.ruleFor(target.name());
            if (groups.as() == ScimMapping.GroupsAs.ENTITLEMENTS) {
                entitlements.add(entitlement(target.id(), target.name(), rule));
            } else {
                List<String> bundle = rule == null ? List.of() : rule.entitlements();
                for (String entitlement : bundle) {
                    if (declared.add(entitlement)) {
                        entitlements.add(entitlement(entitlement, entitlement, rule));
                    }
                }
                roles.add(new Role(target.id(), target.name(), bundle));
            }
        }
    }

    private Entitlement entitlement(String id, String name, ScimMapping.GroupRule rule) {
        ScimMapping.GroupMapping groups = mapping.groups();
        return new Entitlement(
                id,
                system,
                name,
                rule != null && rule.sensitivity() != null ? rule.sensitivity() : groups.sensitivity(),
                rule != null && rule.owner() != null ? rule.owner() : groups.owner(),
                rule == null ? null : rule.scope(),
                rule != null && Boolean.TRUE.equals(rule.grantsAccess()),
                rule != null && Boolean.TRUE.equals(rule.humanOnly()));
    }

    /** One assignment per user and group, nested groups flattened, in group order then member order. */
    private List<Assignment> assignments() throws FormatException {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (String group : targetByScimId.keySet()) {
            members.put(group, new LinkedHashSet<>());
        }
        for (ScimResources.Group group : resources.groups.values()) {
            members.get(group.scimId()).addAll(usersOf(group, new HashSet<>()));
        }
        for (ScimResources.User user : resources.users.values()) {
            for (ScimResources.Reference group : user.groups()) {
                members.get(group.id()).add(user.scimId());
            }
        }
        boolean asRoles = mapping.groups().as() == ScimMapping.GroupsAs.ROLES;
        List<Assignment> assignments = new ArrayList<>();
        for (Map.Entry<String, Set<String>> group : members.entrySet()) {
            String target = targetByScimId.get(group.getKey()).id();
            for (String user : group.getValue()) {
                String identity = identityIdByScimId.get(user);
                assignments.add(new Assignment(
                        identity, asRoles ? null : target, asRoles ? target : null, null, null, null, null));
            }
        }
        return assignments;
    }

    /** The users a group holds directly or through member groups; a cycle of groups is followed once. */
    private Set<String> usersOf(ScimResources.Group group, Set<String> visiting) throws FormatException {
        Set<String> users = new LinkedHashSet<>();
        if (!visiting.add(group.scimId())) {
            return users;
        }
        for (ScimResources.Reference member : group.members()) {
            String id = member.id();
            boolean saysGroup = "Group".equalsIgnoreCase(member.type());
            if (!saysGroup && resources.users.containsKey(id)) {
                users.add(id);
            } else if (resources.groups.containsKey(id)) {
                users.addAll(usersOf(resources.groups.get(id), visiting));
            } else {
                throw member.value()
                        .error("the member \"" + id + "\" is not a " + (saysGroup ? "Group" : "User or Group")
                                + " in these documents; export every member, or the snapshot would miss access");
            }
        }
        return users;
    }
}
