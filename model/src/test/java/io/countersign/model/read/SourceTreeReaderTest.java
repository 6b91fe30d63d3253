package io.countersign.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The located tree: positions and pointers built only for errors must still name the exact value. */
class SourceTreeReaderTest {

    private static SourceNode read(String json) throws FormatException {
        return SourceTreeReader.read("in.json", json.getBytes(StandardCharsets.UTF_8), SourceTreeReader.Syntax.JSON);
    }

    private static String refusal(String json) {
        return catchThrowableOfType(FormatException.class, () -> read(json)).getMessage();
    }

    @Test
    void escapesKeysInThePointerOfANestedValue() {
        assertThat(refusal("{\"a/b\": {\"c~d\": [true, \"x\\ud800\"]}}"))
                .isEqualTo("in.json:1:24 at /a~1b/c~0d/1: the string contains a lone surrogate (U+D800 at character 1);"
                        + " expected well-formed Unicode text");
    }

    @Test
    void namesTheValueOfABindingErrorDeepInTheTree() throws FormatException {
        SourceNode root = read("{\n  \"list\": [\n    {\"x\": 1},\n    {\"x\": \"two\"}\n  ]\n}");
        SourceNode x = root.field("list").items().get(1).field("x");

        assertThat(x.position()).isEqualTo(new SourcePosition(4, 11, "/list/1/x"));
        assertThatThrownBy(() -> x.asInteger(0, 9))
                .hasMessage("in.json:4:11 at /list/1/x: expected an integer, found the string \"two\"");
    }

    @Test
    void namesAnAbsentFieldAtItsObjectWithTheFieldsPointer() throws FormatException {
        SourceNode inner = read("{\"outer\": {\"a~b\": {}}}").field("outer").field("a~b");

        assertThatThrownBy(() -> inner.field("c/d"))
                .hasMessage("in.json:1:19 at /outer/a~0b/c~1d: missing required field 'c/d'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            after a nested value, before the next key's colon | {"a": {"b": 1}, "c" 2}  | in.json:1:21 at /a/b: not valid JSON: Unexpected character ('2' (code 50)): was expecting a colon
            inside an array                                   | {"a": [1, 2,, 3]}       | in.json:1:13 at /a/1: not valid JSON: Unexpected character (',' (code 44)): expected a value
            at the root                                       | {"a" 1}                 | in.json:1:6 at /: not valid JSON: Unexpected character ('1' (code 49)): was expecting a colon
            """)
    void namesTheValueReadLastWhenTheSyntaxIsBroken(String where, String json, String message) {
        assertThat(refusal(json)).startsWith(message);
    }

    @Test
    void refusesANumberLongerThanTheTokeniserReadsInItsOwnWords() {
        assertThat(refusal("{\"n\": [1" + "0".repeat(1_000) + "]}"))
                .isEqualTo("in.json:1:8 at /n: a number longer than 1000 characters; expected a shorter number");
    }

    @Test
    void findsDuplicateKeysInLargeObjects() {
        String fields = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "\"k" + i + "\": " + i)
                .collect(Collectors.joining(", "));

        assertThat(refusal("{" + fields + ", \"k17\": 0}"))
                .startsWith("in.json:1:" + (fields.length() + 4) + " at /k17: duplicate key 'k17'");
    }

    @Test
    void looksUpEveryFieldOfALargeObject() throws FormatException {
        String fields = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "\"k" + i + "\": " + i)
                .collect(Collectors.joining(", "));
        SourceNode root = read("{" + fields + "}");

        for (int i = 1; i <= 40; i++) {
            assertThat(root.integer("k" + i, 0, 100)).isEqualTo(i);
        }
        assertThat(root.has("k41")).isFalse();
        assertThat(root.fields().keySet())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 40).mapToObj(i -> "k" + i).toList());
    }

    @Test
    void showsFieldsInFileOrderAndItemsAsReadOnlyViews() throws FormatException {
        SourceNode root = read("{\"z\": 1, \"a\": [true, null], \"m\": \"x\"}");
        Map<String, SourceNode> fields = root.fields();
        List<SourceNode> items = root.field("a").items();

        assertThat(fields.keySet()).containsExactly("z", "a", "m");
        assertThat(fields.get("m").asText()).isEqualTo("x");
        assertThat(fields.get("absent")).isNull();
        assertThat(items).extracting(SourceNode::kind).containsExactly(SourceNode.Kind.BOOLEAN, SourceNode.Kind.NULL);
        assertThatThrownBy(() -> fields.put("b", root)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fields.entrySet().iterator().next().setValue(root))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> items.set(0, root)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(root.field("m").fields()).isEmpty();
        assertThat(root.items()).isEmpty();
    }
}
