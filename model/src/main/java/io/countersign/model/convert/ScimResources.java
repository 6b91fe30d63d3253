package io.countersign.model.convert;

import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Users and Groups of one or more SCIM documents: {@code ListResponse}s (RFC 7644 section
 * 3.4.2) or single resources (RFC 7643 sections 4.1 and 4.2). Core attributes are checked by name;
 * unknown ones are refused except inside an extension the resource lists in {@code schemas}.
 */
final class ScimResources {

    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static final Set<String> COMMON = Set.of("schemas", "id", "externalid", "meta");
    private static final Set<String> USER_ATTRIBUTES = union(
            COMMON,
            Set.of(
                    "username",
                    "name",
                    "displayname",
                    "nickname",
                    "profileurl",
                    "title",
                    "usertype",
                    "preferredlanguage",
                    "locale",
                    "timezone",
                    "active",
                    "password",
                    "emails",
                    "phonenumbers",
                    "ims",
                    "photos",
                    "addresses",
                    "groups",
                    "entitlements",
                    "roles",
                    "x509certificates"));
    private static final Set<String> GROUP_ATTRIBUTES = union(COMMON, Set.of("displayname", "members"));
    private static final Set<String> ENTERPRISE_ATTRIBUTES =
            Set.of("employeenumber", "costcenter", "organization", "division", "department", "manager");
    private static final Set<String> LIST_ATTRIBUTES =
            Set.of("schemas", "totalresults", "itemsperpage", "startindex", "resources");
    private static final Set<String> NAME =
            Set.of("formatted", "familyname", "givenname", "middlename", "honorificprefix", "honorificsuffix");
    private static final Set<String> REFERENCE = Set.of("value", "$ref", "display", "displayname", "type");
    private static final Set<String> META = Set.of("resourcetype", "created", "lastmodified", "location", "version");

    /** A User with the attributes the mapping may name, and the references still to resolve. */
    record User(
            SourceNode node,
            String scimId,
            Map<ScimMapping.UserAttribute, String> attributes,
            String name,
            Boolean active,
            SourceNode manager,
            List<Reference> groups) {}

    record Group(SourceNode node, String scimId, String displayName, List<Reference> members) {}

    /** A {@code value} naming another resource by its SCIM id, with the optional display and type. */
    record Reference(SourceNode value, String display, String type) {
        String id() throws FormatException {
            return value.asId();
        }
    }

    private record Page(SourceNode node, long total, long start, int count) {}

    final Map<String, User> users = new LinkedHashMap<>();
    final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Page> pages = new ArrayList<>();

    static ScimResources read(List<SourceNode> documents) throws FormatException {
        ScimResources resources = new ScimResources();
        for (SourceNode document : documents) {
            resources.document(document);
        }
        resources.checkEveryPageIsPresent();
        return resources;
    }

    private void document(SourceNode root) throws FormatException {
        ScimObject object = ScimObject.of(root, "a SCIM ListResponse, User or Group");
        Set<String> schemas = schemas(object);
        if (schemas.contains(ScimObject.lower(LIST_RESPONSE))) {
            object.onlyAttributes(LIST_ATTRIBUTES, Set.of(), "a ListResponse");
            List<SourceNode> items = object.items("Resources");
            long total = object.require("totalResults").asInteger(0, Integer.MAX_VALUE);
            SourceNode start = object.get("startIndex");
            pages.add(new Page(root, total, start == null ? 1 : start.asInteger(1, Integer.MAX_VALUE), items.size()));
            for (SourceNode item : items) {
                resource(item);
            }
        } else {
            resource(root);
        }
    }

    /**
     * A ListResponse that holds fewer resources than its {@code totalResults} is one page of several
     * (RFC 7644 section 3.4.2.4): the next page must be among the documents, or the export is partial.
     */
    private void checkEveryPageIsPresent() throws FormatException {
        for (Page page : pages) {
            long end = page.start + page.count - 1;
            if (end >= page.total) {
                continue;
            }
            boolean next = pages.stream().anyMatch(p -> p.total == page.total && p.start == end + 1);
            if (!next || page.count == 0) {
                throw page.node.error("this ListResponse holds resources " + page.start + " to " + end + " of "
                        + page.total + " and no document holds the page starting at " + (end + 1)
                        + "; export every page, or the snapshot would miss access");
            }
        }
    }

    private static Set<String> schemas(ScimObject object) throws FormatException {
        Set<String> schemas = new HashSet<>();
        for (SourceNode schema : object.require("schemas").arrayItems("'schemas'")) {
            schemas.add(ScimObject.lower(schema.asId()));
        }
        return schemas;
    }

    private void resource(SourceNode node) throws FormatException {
        ScimObject object = ScimObject.of(node, "a SCIM User or Group");
        Set<String> extensions = schemas(object);
        boolean user = extensions.remove(ScimObject.lower(USER));
        boolean group = extensions.remove(ScimObject.lower(GROUP));
        if (user == group) {
            throw object.require("schemas")
                    .error(
                            user
                                    ? "a resource is either a User or a Group, not both"
                                    : "expected a User (" + USER + ") or a Group (" + GROUP + ") in 'schemas'");
        }
        checkMeta(object);
        if (user) {
            add(users, user(object, extensions), node);
        } else {
            object.onlyAttributes(GROUP_ATTRIBUTES, extensions, "a Group");
            List<Reference> members = new ArrayList<>();
            for (SourceNode member : object.items("members")) {
                members.add(reference(member, "a group member"));
            }
            Group read = new Group(node, object.text("id"), object.text("displayName"), members);
            add(groups, read, node);
        }
    }

    private static void checkMeta(ScimObject object) throws FormatException {
        SourceNode meta = object.get("meta");
        if (meta != null) {
            ScimObject.of(meta, "'meta'").onlyAttributes(META, Set.of(), "'meta'");
        }
    }

    private static <T> void add(Map<String, T> byId, T resource, SourceNode node) throws FormatException {
        SourceNode id = ScimObject.of(node, "a resource").require("id");
        if (byId.putIfAbsent(id.asId(), resource) != null) {
            throw id.error("a resource with id \"" + id.asId() + "\" appears twice; each is read once");
        }
    }

    private static User user(ScimObject object, Set<String> extensions) throws FormatException {
        object.onlyAttributes(USER_ATTRIBUTES, extensions, "a User");
        SourceNode nameNode = object.get("name");
        if (nameNode != null) {
            ScimObject.of(nameNode, "'name'").onlyAttributes(NAME, Set.of(), "'name'");
        }
        Map<ScimMapping.UserAttribute, String> attributes = new LinkedHashMap<>();
        for (ScimMapping.UserAttribute attribute : ScimMapping.UserAttribute.values()) {
            if (!attribute.enterprise()) {
                String value =
                        attribute == ScimMapping.UserAttribute.ID || attribute == ScimMapping.UserAttribute.USER_NAME
                                ? object.text(attribute.attribute())
                                : object.optionalText(attribute.attribute());
                attributes.put(attribute, value);
            }
        }
        SourceNode manager = null;
        SourceNode enterpriseNode = extensions.contains(ScimObject.lower(ENTERPRISE)) ? object.get(ENTERPRISE) : null;
        if (enterpriseNode != null) {
            ScimObject enterprise = ScimObject.of(enterpriseNode, "the enterprise User extension");
            enterprise.onlyAttributes(ENTERPRISE_ATTRIBUTES, Set.of(), "the enterprise User extension");
            for (ScimMapping.UserAttribute attribute : ScimMapping.UserAttribute.values()) {
                if (attribute.enterprise()) {
                    attributes.put(attribute, enterprise.optionalText(attribute.attribute()));
                }
            }
            SourceNode managerNode = enterprise.get("manager");
            if (managerNode != null) {
                ScimObject reference = ScimObject.of(managerNode, "'manager'");
                reference.onlyAttributes(REFERENCE, Set.of(), "'manager'");
                manager = reference.get("value");
            }
        }
        List<Reference> groups = new ArrayList<>();
        for (SourceNode group : object.items("groups")) {
            groups.add(reference(group, "a user's group"));
        }
        return new User(
                object.node(),
                attributes.get(ScimMapping.UserAttribute.ID),
                attributes,
                displayName(object),
                object.optionalBoolean("active"),
                manager,
                groups);
    }

    /** displayName, else name.formatted, else given and family name, else userName (RFC 7643 section 4.1.1). */
    private static String displayName(ScimObject user) throws FormatException {
        String display = user.optionalText("displayName");
        if (display != null && !display.isBlank()) {
            return display;
        }
        SourceNode nameNode = user.get("name");
        if (nameNode != null) {
            ScimObject name = ScimObject.of(nameNode, "'name'");
            String formatted = name.optionalText("formatted");
            if (formatted != null && !formatted.isBlank()) {
                return formatted;
            }
            String joined = String.join(
                            " ",
                            Stream.of(name.optionalText("givenName"), name.optionalText("familyName"))
                                    .filter(part -> part != null && !part.isBlank())
                                    .toList())
                    .strip();
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        return user.text("userName");
    }

    private static Reference reference(SourceNode node, String what) throws FormatException {
        ScimObject reference = ScimObject.of(node, what);
        reference.onlyAttributes(REFERENCE, Set.of(), what);
        String display = reference.optionalText("display");
        return new Reference(reference.require("value"), display, reference.optionalText("type"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
