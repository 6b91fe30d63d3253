package io.countersign.model.evidence;

import com.fasterxml.jackson.databind.JsonNode;
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

    private static final BigInteger MAX_SAFE = BigInteger.valueOf(StrictJsonReader.MAX_SAFE_INTEGER);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final Deque<String> path = new ArrayDeque<>();

    private CanonicalJsonWriter() {
    }

    static byte[] write(JsonNode node) {
        CanonicalJsonWriter writer = new CanonicalJsonWriter();
        writer.value(node, 0);
        return writer.out.toByteArray();
    }

    private void value(JsonNode node, int depth) {
        if (depth > StrictJsonReader.MAX_DEPTH) {
            throw fail("nesting deeper than " + StrictJsonReader.MAX_DEPTH);
        }
        if (node == null) {
            throw fail("missing value");
        }
        switch (node.getNodeType()) {
            case OBJECT -> object(node, depth);
            case ARRAY -> array(node, depth);
            case STRING -> string(node.textValue());
            case NUMBER -> number(node);
            case BOOLEAN -> ascii(node.booleanValue() ? "true" : "false");
            case NULL -> ascii("null");
            default -> throw fail(node.getNodeType() + " node has no JSON form");
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
            if (value.abs().compareTo(MAX_SAFE) > 0) {
                throw fail("integer " + value + " is beyond ±(2^53−1)");
            }
            ascii(value.toString());
            return;
        }
        double value;
        if (node.isBigDecimal()) {
            BigDecimal exact = node.decimalValue();
            value = exact.doubleValue();
            if (value == 0.0 && exact.signum() != 0) {
                throw fail("number " + exact + " underflows an IEEE double to zero");
            }
        } else {
            value = node.doubleValue();
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw fail("number " + value + " is not finite");
        }
        if (printsAsUnsafeInteger(value)) {
            throw fail("number " + value + " would be written as an integer beyond ±(2^53−1)");
        }
        ascii(EcmaScriptNumber.format(value));
    }

    /**
     * ECMAScript prints doubles from 2^53 up to 1e21 as plain integers. Refusing them keeps the
     * one I-JSON rule consistent: nothing is ever written, or read back, as an unsafe integer.
     */
    static boolean printsAsUnsafeInteger(double value) {
        double magnitude = Math.abs(value);
        return magnitude > StrictJsonReader.MAX_SAFE_INTEGER && magnitude < 1e21;
    }

    private void string(String text) {
        if (isPlain(text)) { // most strings: written as their UTF-8 bytes between quotes, in one go
            out.write('"');
            utf8(text);
            out.write('"');
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw fail(String.format("lone surrogate \\u%04X in string", (int) c));
            }
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

    /** No character that needs an escape and no surrogate (paired or not) to check. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
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

    private CanonicalJsonException fail(String reason) {
        return new CanonicalJsonException(reason, JsonPointer.of(path));
    }
}
