package io.countersign.model.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A parsed input (JSON or YAML) as a plain JSON tree, ready for RFC 8785 canonicalisation. YAML
 * and JSON spellings of the same document give the same tree, hence the same digest.
 */
public final class SourceJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SourceJson() {}

    public static JsonNode toJson(SourceNode node) throws FormatException {
        return switch (node.kind()) {
            case OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, SourceNode> field : node.fields().entrySet()) {
                    object.set(field.getKey(), toJson(field.getValue()));
                }
                yield object;
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (SourceNode item : node.items()) {
                    array.add(toJson(item));
                }
                yield array;
            }
            case STRING -> NODES.textNode(node.asText());
            case INTEGER -> NODES.numberNode(node.asInteger(Long.MIN_VALUE, Long.MAX_VALUE));
            case DECIMAL -> NODES.numberNode(node.asNumber(-Double.MAX_VALUE, Double.MAX_VALUE));
            case BOOLEAN -> NODES.booleanNode(node.asBoolean());
            case NULL -> NODES.nullNode();
        };
    }
}
