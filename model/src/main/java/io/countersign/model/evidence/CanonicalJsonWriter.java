package io.countersign.model.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.json.RefusalRule;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Writes a Jackson tree as RFC 8785 bytes. Trees do not come only from {@link StrictJsonReader}
 * (callers build predicates by hand), so every I-JSON limit is checked again here.
 */
final class CanonicalJsonWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final Deque<String> path = new ArrayDeque<>();

    private CanonicalJsonWriter() {}

    static byte[] write(JsonNode node) {
        CanonicalJsonWriter writer = new CanonicalJsonWriter();
        writer.value(node, 0);
        return writer.out.toByteArray();
    }

    private void value(JsonNode node, int depth) {
        if (node == null) {
            throw fail(null, "missing value");
        }
        if (node.isContainerNode() && depth >= StrictJsonReader.MAX_DEPTH) {
            throw fail(
                    RefusalRule.TOO_DEEP,
                    "objects and arrays nested more than " + StrictJsonReader.MAX_DEPTH + " deep");
        }
        switch (node.getNodeType()) {
            case OBJECT -> object(node, depth);
            case ARRAY -> array(node, depth);
            case STRING -> string(node.textValue());
            case NUMBER -> number(node);
            case BOOLEAN -> ascii(node.booleanValue() ? "true" : "false");
            case NULL -> ascii("null");
            default -> throw fail(null, node.getNodeType() + " node has no JSON form");
        }
    }

    private void object(JsonNode node, int depth) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null); // String order is UTF-16 code-unit order, as RFC 8785 §3.2.3 wants
        out.write('{');
        boolean first = true;
        for (String name : names) {
            if (!first) {
                out.write(',');
            }
            first = false;
            path.addLast(name);
            string(name);
            out.write(':');
            value(node.get(name), depth + 1);
            path.removeLast();
        }
        out.write('}');
    }

    private void array(JsonNode node, int depth) {
        out.write('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            path.addLast(Integer.toString(i));
            value(node.get(i), depth + 1);
            path.removeLast();
        }
        out.write(']');
    }

    private void number(JsonNode node) {
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (!RefusalRule.isSafeInteger(value)) {
                throw fail(RefusalRule.UNSAFE_INTEGER, "integer " + value + " is beyond ±(2^53−1)");
            }
            ascii(value.toString());
            return;
        }
        double value;
        if (node.isBigDecimal()) {
            BigDecimal exact = node.decimalValue();
            value = exact.doubleValue();
            if (value == 0.0 && exact.signum() != 0) {
                throw fail(null, "number " + exact + " underflows an IEEE double to zero");
            }
        } else {
            value = node.doubleValue();
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw fail(RefusalRule.NON_FINITE_NUMBER, "number " + value + " is not finite");
        }
        if (printsAsUnsafeInteger(value)) {
            throw fail(
                    RefusalRule.UNSAFE_INTEGER, "number " + value + " would be written as an integer beyond ±(2^53−1)");
        }
        ascii(EcmaScriptNumber.format(value));
    }

    /**
     * ECMAScript prints doubles from 2^53 up to 1e21 as plain integers. Refusing them keeps the
     * one I-JSON rule consistent: nothing is ever written, or read back, as an unsafe integer.
     */
    static boolean printsAsUnsafeInteger(double value) {
        double magnitude = Math.abs(value);
        return magnitude > RefusalRule.MAX_SAFE_INTEGER && magnitude < 1e21;
    }

    private void string(String text) {
        if (isPlainAscii(text)) {
            // Ids, timestamps and base64 payloads: nothing to escape and one byte per char.
            out.write('"');
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
            out.write('"');
            return;
        }
        int lone = RefusalRule.firstLoneSurrogate(text);
        if (lone >= 0) {
            throw fail(
                    RefusalRule.LONE_SURROGATE,
                    String.format("lone surrogate \\u%04X in string", (int) text.charAt(lone)));
        }
        out.write('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            utf8(text.substring(plainFrom, i));
            plainFrom = i + 1;
            out.write('\\');
            switch (c) {
                case '"' -> out.write('"');
                case '\\' -> out.write('\\');
                case '\b' -> out.write('b');
                case '\f' -> out.write('f');
                case '\n' -> out.write('n');
                case '\r' -> out.write('r');
                case '\t' -> out.write('t');
                default -> {
                    out.write('u');
                    out.write('0');
                    out.write('0');
                    out.write(HEX[c >> 4]);
                    out.write(HEX[c & 0xF]);
                }
            }
        }
        utf8(text.substring(plainFrom));
        out.write('"');
    }

    /** True when every char is printable ASCII other than quote and backslash: written as is, byte for char. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private void utf8(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private void ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private CanonicalJsonException fail(RefusalRule rule, String reason) {
        return new CanonicalJsonException(rule, reason, JsonPointer.of(path));
    }
}
