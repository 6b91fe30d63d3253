package io.countersign.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.json.RefusalRule;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CanonicalJsonPropertiesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Property(tries = 500)
    void canonicaliseIsIdempotent(@ForAll("json") JsonNode tree) {
        byte[] once = CanonicalJson.canonicalize(tree);
        assertThat(CanonicalJson.canonicalize(once)).isEqualTo(once);
    }

    @Property(tries = 500)
    void canonicalOutputIsRecognisedAsCanonical(@ForAll("json") JsonNode tree) {
        assertThat(CanonicalJson.isCanonical(CanonicalJson.canonicalize(tree))).isTrue();
    }

    @Property(tries = 500)
    void anySerialisationOfATreeCanonicalisesTheSame(@ForAll("json") JsonNode tree) throws JsonProcessingException {
        byte[] pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        assertThat(CanonicalJson.canonicalize(pretty)).isEqualTo(CanonicalJson.canonicalize(tree));
    }

    @Provide
    Arbitrary<JsonNode> json() {
        return tree(3);
    }

    /** Built eagerly to a fixed depth: jqwik's recursive flat-mapping was far too slow here. */
    private Arbitrary<JsonNode> tree(int depth) {
        if (depth == 0) {
            return leaf();
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaf()), net.jqwik.api.Tuple.of(1, container(tree(depth - 1))));
    }

    private Arbitrary<JsonNode> leaf() {
        Arbitrary<JsonNode> doubles = Arbitraries.doubles()
                .withSpecialValue(0.0)
                .withSpecialValue(-0.0)
                .withSpecialValue(Double.MIN_VALUE)
                .withSpecialValue(Double.MAX_VALUE)
                .withSpecialValue(1e21)
                .withSpecialValue(1e-7)
                .filter(d -> !CanonicalJsonWriter.printsAsUnsafeInteger(d))
                .map(NODES::numberNode);
        Arbitrary<JsonNode> integers = Arbitraries.longs()
                .between(-RefusalRule.MAX_SAFE_INTEGER, RefusalRule.MAX_SAFE_INTEGER)
                .map(NODES::numberNode);
        return Arbitraries.oneOf(List.of(
                text().map(NODES::textNode),
                doubles,
                integers,
                Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false))));
    }

    private Arbitrary<JsonNode> container(Arbitrary<JsonNode> element) {
        Arbitrary<JsonNode> arrays = element.list().ofMaxSize(4).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> objects = Arbitraries.maps(text(), element)
                .ofMaxSize(4)
                .map(members -> {
                    ObjectNode object = NODES.objectNode();
                    for (Map.Entry<String, JsonNode> member : members.entrySet()) {
                        object.set(member.getKey(), member.getValue());
                    }
                    return object;
                });
        return Arbitraries.oneOf(List.of(arrays, objects));
    }

    /** Any text without lone surrogates: control characters, non-ASCII and supplementary planes. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(8).filter(CanonicalJsonPropertiesTest::wellFormed);
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
