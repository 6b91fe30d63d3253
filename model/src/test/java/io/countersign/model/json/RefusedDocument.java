package io.countersign.model.json;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * One hostile document every strict reader must refuse, the rule it breaks, and where each reader
 * must say it broke it: the evidence reader as a byte offset, the input reader as line:column at a
 * JSON pointer. The one table of such documents is {@link #all()}. Where the input reader passes on
 * Jackson's own error (malformed text, a word after the value) the column is where Jackson noticed.
 */
record RefusedDocument(String name, byte[] bytes, RefusalRule rule, long byteOffset, String at) {

    static Stream<RefusedDocument> all() {
        return Stream.of(
                json("a NaN literal", "[NaN]", RefusalRule.MALFORMED, 1, "1:5 at /"),
                json("a single-quoted key", "{'a':1}", RefusalRule.MALFORMED, 1, "1:2 at /"),
                json("a leading zero", "[01]", RefusalRule.MALFORMED, 1, "1:3 at /"),
                raw("an invalid UTF-8 byte", "\"\u00FF\"", RefusalRule.MALFORMED, 1, "1:3 at /"),
                json("nothing at all", "", RefusalRule.EMPTY_DOCUMENT, 0, "1:1 at /"),
                json("only whitespace", "  \n ", RefusalRule.EMPTY_DOCUMENT, 4, "1:1 at /"),
                json(
                        "a nested key given twice",
                        "{\"a\":{\"b\":1,\"b\":2}}",
                        RefusalRule.DUPLICATE_KEY,
                        12,
                        "1:13 at /a/b"),
                json(
                        "a key given twice, once escaped",
                        "{\"a\":1,\"\\u0061\":2}",
                        RefusalRule.DUPLICATE_KEY,
                        7,
                        "1:8 at /a"),
                json(
                        "a key given twice on another line",
                        "[\n {\"id\": 1,\n  \"id\": 2}\n]",
                        RefusalRule.DUPLICATE_KEY,
                        15,
                        "3:3 at /0/id"),
                json(
                        "an escaped lone high surrogate",
                        "{\"k\":[\"\\ud800\"]}",
                        RefusalRule.LONE_SURROGATE,
                        7,
                        "1:7 at /k/0"),
                json("an escaped lone low surrogate", "\"\\udc00x\"", RefusalRule.LONE_SURROGATE, 1, "1:1 at /"),
                json(
                        "a high surrogate before a letter",
                        "[\"\\ud800\\u0041\"]",
                        RefusalRule.LONE_SURROGATE,
                        2,
                        "1:2 at /0"),
                json("a lone surrogate in a key", "{\"\\ud800\":1}", RefusalRule.LONE_SURROGATE, 2, "1:2 at /\ud800"),
                raw(
                        "a surrogate encoded as UTF-8",
                        "\"\u00ED\u00A0\u0080\"",
                        RefusalRule.LONE_SURROGATE,
                        1,
                        "1:1 at /"),
                json("2^53", "[9007199254740992]", RefusalRule.UNSAFE_INTEGER, 1, "1:2 at /0"),
                json("-2^53", "{\"n\":-9007199254740992}", RefusalRule.UNSAFE_INTEGER, 5, "1:6 at /n"),
                json("Long.MIN_VALUE", "-9223372036854775808", RefusalRule.UNSAFE_INTEGER, 0, "1:1 at /"),
                json(
                        "an integer beyond a long",
                        "123456789012345678901234567890",
                        RefusalRule.UNSAFE_INTEGER,
                        0,
                        "1:1 at /"),
                json("a number beyond a double", "{\"x\":1e400}", RefusalRule.NON_FINITE_NUMBER, 5, "1:6 at /x"),
                json("a negative number beyond a double", "[-1e400]", RefusalRule.NON_FINITE_NUMBER, 1, "1:2 at /0"),
                json("a second value", "{} {}", RefusalRule.TRAILING_CONTENT, 3, "1:4 at /"),
                json("a second value on the next line", "[1]\n2", RefusalRule.TRAILING_CONTENT, 4, "2:1 at /"),
                json("a word after the value", "{} x", RefusalRule.TRAILING_CONTENT, 3, "1:5 at /"),
                json(
                        "arrays nested one deeper than the limit",
                        "[".repeat(RefusalRule.MAX_DEPTH + 1) + "]".repeat(RefusalRule.MAX_DEPTH + 1),
                        RefusalRule.TOO_DEEP,
                        RefusalRule.MAX_DEPTH,
                        "1:" + (RefusalRule.MAX_DEPTH + 1) + " at " + "/0".repeat(RefusalRule.MAX_DEPTH)),
                json(
                        "objects nested one deeper than the limit, on their own lines",
                        "{\"a\":\n".repeat(RefusalRule.MAX_DEPTH) + "{}" + "}".repeat(RefusalRule.MAX_DEPTH),
                        RefusalRule.TOO_DEEP,
                        6L * RefusalRule.MAX_DEPTH,
                        (RefusalRule.MAX_DEPTH + 1) + ":1 at " + "/a".repeat(RefusalRule.MAX_DEPTH)));
    }

    private static RefusedDocument json(String name, String text, RefusalRule rule, long byteOffset, String at) {
        return new RefusedDocument(name, text.getBytes(StandardCharsets.UTF_8), rule, byteOffset, at);
    }

    /** Bytes that are not UTF-8, written one char per byte. */
    private static RefusedDocument raw(String name, String bytes, RefusalRule rule, long byteOffset, String at) {
        return new RefusedDocument(name, bytes.getBytes(StandardCharsets.ISO_8859_1), rule, byteOffset, at);
    }

    @Override
    public String toString() {
        return name + " (" + rule.code() + ")";
    }
}
