package io.countersign.model.convert;

import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Sensitivity;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.util.List;
import java.util.Set;

/** Binds a {@code countersign.scim-mapping/v1} document (JSON or YAML); absent fields take {@link ScimMapping#defaults()}. */
public final class ScimMappingReader {
    private ScimMappingReader() {}

    static final Set<String> MAPPING = Set.of(
            "format",
            "systemName",
            "systemOwner",
            "identityId",
            "orgUnit",
            "jobCode",
            "nonHumanOwner",
            "kinds",
            "groups");
    static final Set<String> KIND_RULE = Set.of("kind", "attribute", "equals", "matches");
    static final Set<String> GROUPS = Set.of("as", "id", "sensitivity", "owner", "rules");
    static final Set<String> GROUP_RULE =
            Set.of("match", "sensitivity", "owner", "scope", "grantsAccess", "humanOnly", "entitlements");

    public static ScimMapping read(SourceNode root) throws FormatException {
        root.expectObject("a " + ScimMapping.FORMAT + " document");
        String format = root.field("format").asText();
        if (!format.equals(ScimMapping.FORMAT)) {
            throw root.field("format")
                    .error("unknown format \"" + format + "\"; expected \"" + ScimMapping.FORMAT + "\"");
        }
        root.onlyFields(MAPPING);
        ScimMapping defaults = ScimMapping.defaults();
        SourceNode owner = root.optionalField("nonHumanOwner");
        return new ScimMapping(
                root.optionalText("systemName"),
                root.optionalText("systemOwner"),
                attribute(root, "identityId", defaults.identityId()),
                attribute(root, "orgUnit", defaults.orgUnit()),
                attribute(root, "jobCode", defaults.jobCode()),
                owner == null || ownerIsManager(owner),
                root.optionalList("kinds", ScimMappingReader::kindRule),
                groups(root.optionalField("groups"), defaults.groups()));
    }

    private static boolean ownerIsManager(SourceNode node) throws FormatException {
        String value = node.asText();
        return switch (value) {
            case "manager" -> true;
            case "none" -> false;
            default -> throw node.error("expected manager or none, found \"" + value + "\"");
        };
    }

    private static ScimMapping.UserAttribute attribute(SourceNode node, String name, ScimMapping.UserAttribute fallback)
            throws FormatException {
        SourceNode value = node.optionalField(name);
        return value == null ? fallback : attribute(value);
    }

    private static ScimMapping.UserAttribute attribute(SourceNode value) throws FormatException {
        ScimMapping.UserAttribute attribute = ScimMapping.UserAttribute.named(value.asText());
        if (attribute == null) {
            throw value.error("expected one of "
                    + String.join(
                            ", ",
                            List.of(ScimMapping.UserAttribute.values()).stream()
                                    .map(ScimMapping.UserAttribute::attribute)
                                    .toList())
                    + ", found \"" + value.asText() + "\"");
        }
        return attribute;
    }

    private static ScimMapping.KindRule kindRule(SourceNode node) throws FormatException {
        node.expectObject("a kind rule").onlyFields(KIND_RULE);
        boolean equals = node.has("equals");
        if (equals == node.has("matches")) {
            throw node.error("a kind rule names exactly one of 'equals' or 'matches'");
        }
        return new ScimMapping.KindRule(
                node.code("kind", IdentityKind.class),
                attribute(node.field("attribute")),
                equals ? node.field("equals").asText() : null,
                equals ? null : node.text("matches"));
    }

    private static ScimMapping.GroupMapping groups(SourceNode node, ScimMapping.GroupMapping defaults)
            throws FormatException {
        if (node == null) {
            return defaults;
        }
        node.expectObject("the groups mapping").onlyFields(GROUPS);
        ScimMapping.GroupsAs as = defaults.as();
        SourceNode asNode = node.optionalField("as");
        if (asNode != null) {
            as = switch (asNode.asText()) {
                case "entitlements" -> ScimMapping.GroupsAs.ENTITLEMENTS;
                case "roles" -> ScimMapping.GroupsAs.ROLES;
                default -> throw asNode.error("expected entitlements or roles, found \"" + asNode.asText() + "\"");
            };
        }
        SourceNode id = node.optionalField("id");
        if (id != null && !id.asId().contains("{displayName}") && !id.asId().contains("{id}")) {
            throw id.error("the group id template must contain {displayName} or {id}, or every group would get one id");
        }
        ScimMapping.GroupsAs groupsAs = as;
        return new ScimMapping.GroupMapping(
                as,
                id == null ? defaults.id() : id.asId(),
                node.optionalCode("sensitivity", Sensitivity.class, defaults.sensitivity()),
                node.optionalText("owner"),
                node.optionalList("rules", rule -> groupRule(rule, groupsAs)));
    }

    private static ScimMapping.GroupRule groupRule(SourceNode node, ScimMapping.GroupsAs as) throws FormatException {
        node.expectObject("a group rule").onlyFields(GROUP_RULE);
        if (as == ScimMapping.GroupsAs.ENTITLEMENTS && node.has("entitlements")) {
            throw node.field("entitlements")
                    .error("'entitlements' bundles a role's entitlements; it needs groups.as: roles");
        }
        SourceNode grants = node.optionalField("grantsAccess");
        SourceNode humanOnly = node.optionalField("humanOnly");
        return new ScimMapping.GroupRule(
                node.text("match"),
                node.optionalCode("sensitivity", Sensitivity.class, null),
                node.optionalText("owner"),
                node.optionalText("scope"),
                grants == null ? null : grants.asBoolean(),
                humanOnly == null ? null : humanOnly.asBoolean(),
                node.optionalTextList("entitlements"));
    }
}
