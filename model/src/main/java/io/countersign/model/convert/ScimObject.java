package io.countersign.model.convert;

import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A SCIM object read by attribute name without regard to case, as RFC 7643 section 2.1 says
 * attribute names are. Two keys that differ only in case are one attribute given twice, and refused.
 */
final class ScimObject {

    private final SourceNode node;
    private final Map<String, SourceNode> byName = new LinkedHashMap<>();
    private final Map<String, String> spelled = new LinkedHashMap<>();

    private ScimObject(SourceNode node) {
        this.node = node;
    }

    static ScimObject of(SourceNode node, String what) throws FormatException {
        node.expectObject(what);
        ScimObject object = new ScimObject(node);
        for (Map.Entry<String, SourceNode> field : node.fields().entrySet()) {
            String name = lower(field.getKey());
            String before = object.spelled.putIfAbsent(name, field.getKey());
            if (before != null) {
                throw field.getValue()
                        .error("attribute '" + field.getKey() + "' repeats '" + before
                                + "'; SCIM attribute names are case-insensitive (RFC 7643 section 2.1)");
            }
            object.byName.put(name, field.getValue());
        }
        return object;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    SourceNode node() {
        return node;
    }

    /**
     * Refuses attributes outside {@code allowed} (lower case). Keys that are schema URNs are extension
     * blocks: those listed in {@code extensions} (lower case) are allowed, others refused.
     */
    void onlyAttributes(Set<String> allowed, Set<String> extensions, String what) throws FormatException {
        for (Map.Entry<String, SourceNode> field : byName.entrySet()) {
            String name = field.getKey();
            if (allowed.contains(name) || extensions.contains(name)) {
                continue;
            }
            String written = spelled.get(name);
            if (name.startsWith("urn:")) {
                throw field.getValue()
                        .error("extension '" + written + "' is not listed in 'schemas'; RFC 7643 section 3 "
                                + "allows an extension's attributes only under a schema the resource lists");
            }
            throw field.getValue()
                    .error("unknown attribute '" + written + "' for " + what + "; expected one of "
                            + String.join(", ", allowed.stream().sorted().toList())
                            + " or an extension listed in 'schemas'");
        }
    }

    /** The attribute's value, or null when absent or null. */
    SourceNode get(String name) {
        SourceNode value = byName.get(lower(name));
        return value == null || value.kind() == SourceNode.Kind.NULL ? null : value;
    }

    SourceNode require(String name) throws FormatException {
        SourceNode value = get(name);
        if (value == null) {
            SourceNode present = byName.get(lower(name));
            throw present != null
                    ? present.error("attribute '" + name + "' must not be null")
                    : node.absent(name, "missing required attribute '" + name + "'");
        }
        return value;
    }

    String text(String name) throws FormatException {
        return require(name).asId();
    }

    String optionalText(String name) throws FormatException {
        SourceNode value = get(name);
        return value == null ? null : value.asText();
    }

    Boolean optionalBoolean(String name) throws FormatException {
        SourceNode value = get(name);
        return value == null ? null : value.asBoolean();
    }

    /** The items of a multi-valued attribute; empty when absent. */
    List<SourceNode> items(String name) throws FormatException {
        SourceNode value = get(name);
        return value == null ? List.of() : value.arrayItems("'" + name + "'");
    }
}
