package io.countersign.model.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return new String(CanonicalJson.canonicalize(json.getBytes(UTF_8)), UTF_8);
    }

    private static CanonicalJsonException rejection(byte[] json) {
        try {
            CanonicalJson.canonicalize(json);
        } catch (CanonicalJsonException e) {
            return e;
        }
        throw new AssertionError("expected a rejection");
    }

    private static CanonicalJsonException rejection(String json) {
        return rejection(json.getBytes(UTF_8));
    }

    @Test
    void canonicalisesTheRfcExampleObject() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50,
                              2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """;
        assertThat(canonical(input))
                .isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void sortsKeysByUtf16CodeUnitsAsInTheRfcExample() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }
                """;
        assertThat(canonical(input))
                .isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
                        + "\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\","
                        + "\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
                        + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void escapesOnlyWhatRfc8785Requires() {
        assertThat(canonical("\"\\u0000\\u001f\\b\\f\\n\\r\\t\\u007f\\u2028\\/é\""))
                .isEqualTo("\"\\u0000\\u001f\\b\\f\\n\\r\\t\u007f\u2028/é\"");
    }

    @Test
    void dropsInsignificantWhitespace() {
        assertThat(canonical(" \t\r\n[ 1 , { \"a\" : [ ] } ]\n")).isEqualTo("[1,{\"a\":[]}]");
    }

    @Test
    void rejectsDuplicateKeys() {
        CanonicalJsonException e = rejection("{\"a\":{\"b\":1,\"b\":2}}");
        assertThat(e.pointer()).isEqualTo("/a/b");
        assertThat(e.byteOffset()).isEqualTo(12);
        assertThat(e).hasMessageContaining("duplicate key \"b\"").hasMessageContaining("line 1:13");
    }

    @Test
    void rejectsDuplicateKeysSpelledDifferently() {
        assertThat(rejection("{\"a\":1,\"\\u0061\":2}")).hasMessageContaining("duplicate key");
    }

    @Test
    void rejectsEscapedLoneHighSurrogate() {
        CanonicalJsonException e = rejection("{\"k\":[\"\\ud800\"]}");
        assertThat(e).hasMessageStartingWith("lone surrogate \\uD800");
        assertThat(e.pointer()).isEqualTo("/k/0");
    }

    @Test
    void rejectsEscapedLoneLowSurrogate() {
        assertThat(rejection("\"\\udc00x\"")).hasMessageStartingWith("lone surrogate \\uDC00");
    }

    @Test
    void rejectsHighSurrogateFollowedByNonLowSurrogate() {
        assertThat(rejection("\"\\ud800\\u0041\"")).hasMessageStartingWith("lone surrogate");
    }

    @Test
    void rejectsRawUtf8EncodedSurrogate() {
        byte[] json = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        CanonicalJsonException e = rejection(json);
        assertThat(e).hasMessageStartingWith("UTF-8 encoded surrogate");
        assertThat(e.byteOffset()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FF", "C0AF", "E080AF", "F08080AF", "F4908080", "C3", "E282", "80", "F5808080"})
    void rejectsRawInvalidUtf8(String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);
        byte[] json = new byte[bad.length + 2];
        json[0] = '"';
        System.arraycopy(bad, 0, json, 1, bad.length);
        json[json.length - 1] = '"';
        assertThat(rejection(json)).hasMessageContaining("UTF-8").hasMessageContaining("byte 1");
    }

    @Test
    void acceptsEveryValidUtf8Length() {
        assertThat(canonical("\"a\u00e9\u20ac\ud83d\ude00\"")).isEqualTo("\"a\u00e9\u20ac\ud83d\ude00\"");
    }

    @Test
    void rejectsIntegerAt2Pow53() {
        assertThat(rejection("[9007199254740992]"))
                .hasMessageContaining("beyond ±(2^53−1)")
                .hasMessageContaining("/0");
    }

    @Test
    void rejectsNegativeIntegerBeyondSafeRange() {
        assertThat(rejection("-9007199254740992")).hasMessageContaining("beyond ±(2^53−1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9007199254740992.0", "1e20", "-9.007199254740992e15"})
    void rejectsNumbersWhoseCanonicalFormIsAnUnsafeInteger(String number) {
        assertThat(rejection(number)).hasMessageContaining("integer beyond ±(2^53−1)");
    }

    @Test
    void writesLargeDoublesFrom1e21InExponentForm() {
        assertThat(canonical("[1e21,1E30]")).isEqualTo("[1e+21,1e+30]");
    }

    @Test
    void rejectsUnsafeIntegerValuedDoubleInAJacksonTree() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("d", 1e20);
        assertThatThrownBy(() -> CanonicalJson.canonicalize(tree)).hasMessageContaining("/d");
    }

    @Test
    void acceptsLargestSafeInteger() {
        assertThat(canonical("[9007199254740991,-9007199254740991]")).isEqualTo("[9007199254740991,-9007199254740991]");
    }

    @Test
    void rejectsNumberOverflowingDouble() {
        assertThat(rejection("{\"x\":1e400}")).hasMessageContaining("overflows").hasMessageContaining("/x");
    }

    @Test
    void rejectsNonZeroNumberUnderflowingToZero() {
        assertThat(rejection("1e-400")).hasMessageContaining("underflows");
    }

    @Test
    void writesNegativeZeroAsZero() {
        assertThat(canonical("[-0,-0.0,0e5]")).isEqualTo("[0,0,0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1", "0x10", "1e", "-"})
    void rejectsNumbersOutsideJsonGrammar(String number) {
        assertThatThrownBy(() -> CanonicalJson.canonicalize(number.getBytes(UTF_8)))
                .isInstanceOf(CanonicalJsonException.class);
    }

    @Test
    void rejectsTrailingContent() {
        assertThat(rejection("{} {}"))
                .hasMessageStartingWith("trailing content")
                .hasMessageContaining("byte 3");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "   ", "[1,]", "{\"a\":1,}", "{'a':1}", "[\"tab\there\"]", "\"\\x\"", "tru", "{\"a\" 1}"})
    void rejectsMalformedJson(String json) {
        assertThatThrownBy(() -> CanonicalJson.canonicalize(json.getBytes(UTF_8)))
                .isInstanceOf(CanonicalJsonException.class);
    }

    @Test
    void rejectsByteOrderMark() {
        byte[] json = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertThat(rejection(json)).hasMessageStartingWith("byte order mark");
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        String deep = "[".repeat(StrictJsonReader.MAX_DEPTH + 1) + "]".repeat(StrictJsonReader.MAX_DEPTH + 1);
        assertThat(rejection(deep)).hasMessageContaining("nested more than 256 deep");
    }

    @Test
    void acceptsNestingAtTheLimit() {
        String deepest = "[".repeat(StrictJsonReader.MAX_DEPTH) + "]".repeat(StrictJsonReader.MAX_DEPTH);
        assertThat(CanonicalJson.canonicalize(deepest.getBytes(UTF_8))).isEqualTo(deepest.getBytes(UTF_8));
    }

    @Test
    void refusesToWriteATreeNestedDeeperThanTheLimit() {
        ArrayNode deep = JsonNodeFactory.instance.arrayNode();
        ArrayNode innermost = deep;
        for (int level = 1; level <= StrictJsonReader.MAX_DEPTH; level++) {
            innermost = innermost.addArray();
        }
        assertThatThrownBy(() -> CanonicalJson.canonicalize(deep))
                .isInstanceOf(CanonicalJsonException.class)
                .hasMessageContaining("nested more than 256 deep");
    }

    @Test
    void reportsLineAndColumnOfTheFailure() {
        assertThat(rejection("{\n  \"a\": tru\n}")).hasMessageContaining("line 2:8");
    }

    @Test
    void escapesPointerSegments() {
        assertThat(rejection("{\"a/b~c\":1e999}").pointer()).isEqualTo("/a~1b~0c");
    }

    @Test
    void recognisesCanonicalBytes() {
        assertThat(CanonicalJson.isCanonical("{\"a\":1,\"b\":[true]}".getBytes(UTF_8)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"b\":1,\"a\":2}",
                "{\"a\": 1}",
                "[1.0]",
                "\"\\u0041\"",
                "[1E2]",
                "{\"a\":1}\n",
                "{\"a\":1,\"a\":1}"
            })
    void recognisesNonCanonicalOrInvalidBytes(String json) {
        assertThat(CanonicalJson.isCanonical(json.getBytes(UTF_8))).isFalse();
    }

    @Test
    void namesTheFirstDifferingByteOfNonCanonicalInput() {
        assertThatThrownBy(() -> CanonicalJson.requireCanonical("{\"a\":1.50}".getBytes(UTF_8)))
                .hasMessageContaining("not in canonical form")
                .hasMessageContaining("byte 8");
    }

    @Test
    void canonicalisesAJacksonTree() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("z", 1.5f).put("a", new BigDecimal("4.50")).put("m", 10L);
        assertThat(new String(CanonicalJson.canonicalize(tree), UTF_8)).isEqualTo("{\"a\":4.5,\"m\":10,\"z\":1.5}");
    }

    @Test
    void rejectsUnsafeIntegerInAJacksonTree() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("n", BigInteger.TWO.pow(53));
        assertThatThrownBy(() -> CanonicalJson.canonicalize(tree))
                .isInstanceOf(CanonicalJsonException.class)
                .hasMessageContaining("/n");
    }

    @Test
    void rejectsNanInAJacksonTree() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("n", Double.NaN);
        assertThatThrownBy(() -> CanonicalJson.canonicalize(tree)).isInstanceOf(CanonicalJsonException.class);
    }

    @Test
    void rejectsLoneSurrogateInAJacksonTree() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("s", "a\ud800");
        assertThatThrownBy(() -> CanonicalJson.canonicalize(tree))
                .isInstanceOf(CanonicalJsonException.class)
                .hasMessageContaining("lone surrogate");
    }
}
