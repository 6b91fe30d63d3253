package io.countersign.model.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.json.RefusalRule;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A strict I-JSON reader over raw UTF-8 bytes. Written by hand rather than on Jackson because
 * the evidence rules need what a lenient parser hides: the exact byte of every failure, raw
 * invalid UTF-8, lone surrogates, duplicate keys and numbers that lose their value as doubles.
 * Refusals under a rule every strict reader shares name their {@link RefusalRule}; the rest
 * (a byte order mark, nesting, canonical-form limits on numbers) are evidence's own.
 */
final class StrictJsonReader {

    static final int MAX_DEPTH = RefusalRule.MAX_DEPTH;
    private static final int MAX_NUMBER_LENGTH = 1_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final byte[] in;
    private final Deque<String> path = new ArrayDeque<>();
    private int pos;

    private StrictJsonReader(byte[] in) {
        this.in = in;
    }

    static JsonNode read(byte[] json) {
        StrictJsonReader reader = new StrictJsonReader(json);
        if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
            throw reader.fail(null, "byte order mark is not allowed", 0);
        }
        reader.skipWhitespace();
        if (reader.pos == json.length) {
            throw reader.fail(RefusalRule.EMPTY_DOCUMENT, "empty input", reader.pos);
        }
        JsonNode value = reader.readValue(0);
        reader.skipWhitespace();
        if (reader.pos != json.length) {
            throw reader.fail(RefusalRule.TRAILING_CONTENT, "trailing content after the JSON value", reader.pos);
        }
        return value;
    }

    /** Reads the value at {@code pos}, which {@code depth} objects and arrays enclose. */
    private JsonNode readValue(int depth) {
        if (pos >= in.length) {
            throw fail(RefusalRule.MALFORMED, "unexpected end of input", pos);
        }
        int b = in[pos] & 0xFF;
        if ((b == '{' || b == '[') && depth >= MAX_DEPTH) {
            throw fail(RefusalRule.TOO_DEEP, "objects and arrays nested more than " + MAX_DEPTH + " deep", pos);
        }
        return switch (b) {
            case '{' -> readObject(depth);
            case '[' -> readArray(depth);
            case '"' -> NODES.textNode(readString());
            case 't' -> literal("true", NODES.booleanNode(true));
            case 'f' -> literal("false", NODES.booleanNode(false));
            case 'n' -> literal("null", NODES.nullNode());
            default -> {
                if (b == '-' || (b >= '0' && b <= '9')) {
                    yield readNumber();
                }
                throw fail(RefusalRule.MALFORMED, "unexpected " + describe(b), pos);
            }
        };
    }

    private ObjectNode readObject(int depth) {
        ObjectNode object = NODES.objectNode();
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return object;
        }
        while (true) {
            if (peek() != '"') {
                throw fail(RefusalRule.MALFORMED, "expected a member name", pos);
            }
            int keyStart = pos;
            String key = readString();
            if (object.has(key)) {
                path.addLast(key);
                throw fail(RefusalRule.DUPLICATE_KEY, "duplicate key \"" + key + "\"", keyStart);
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            path.addLast(key);
            object.set(key, readValue(depth + 1));
            path.removeLast();
            skipWhitespace();
            int next = peek();
            pos++;
            if (next == '}') {
                return object;
            }
            if (next != ',') {
                throw fail(RefusalRule.MALFORMED, "expected ',' or '}' in object", pos - 1);
            }
            skipWhitespace();
        }
    }

    private ArrayNode readArray(int depth) {
        ArrayNode array = NODES.arrayNode();
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return array;
        }
        while (true) {
            path.addLast(Integer.toString(array.size()));
            array.add(readValue(depth + 1));
            path.removeLast();
            skipWhitespace();
            int next = peek();
            pos++;
            if (next == ']') {
                return array;
            }
            if (next != ',') {
                throw fail(RefusalRule.MALFORMED, "expected ',' or ']' in array", pos - 1);
            }
            skipWhitespace();
        }
    }

    private String readString() {
        pos++; // opening quote
        // Most strings (ids, base64 payloads) are plain ASCII: take them in one copy.
        int plain = pos;
        while (plain < in.length && in[plain] >= 0x20 && in[plain] != '"' && in[plain] != '\\') {
            plain++; // bytes are signed: >= 0x20 also stops at every non-ASCII byte
        }
        if (plain < in.length && in[plain] == '"') {
            String text = new String(in, pos, plain - pos, StandardCharsets.ISO_8859_1);
            pos = plain + 1;
            return text;
        }
        StringBuilder out = new StringBuilder(plain - pos + 16);
        out.append(new String(in, pos, plain - pos, StandardCharsets.ISO_8859_1));
        pos = plain;
        while (true) {
            if (pos >= in.length) {
                throw fail(RefusalRule.MALFORMED, "unterminated string", pos);
            }
            int b = in[pos] & 0xFF;
            if (b == '"') {
                pos++;
                return out.toString();
            }
            if (b < 0x20) {
                throw fail(RefusalRule.MALFORMED, "unescaped control character " + describe(b) + " in string", pos);
            }
            if (b == '\\') {
                readEscape(out);
            } else if (b < 0x80) {
                out.append((char) b);
                pos++;
            } else {
                out.appendCodePoint(readUtf8Sequence());
            }
        }
    }

    private void readEscape(StringBuilder out) {
        int start = pos;
        pos++;
        int e = peek();
        pos++;
        switch (e) {
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case '/' -> out.append('/');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                char unit = readHex4(start);
                if (Character.isLowSurrogate(unit)) {
                    throw fail(RefusalRule.LONE_SURROGATE, "lone surrogate " + escapeText(unit), start);
                }
                if (Character.isHighSurrogate(unit)) {
                    if (pos + 1 < in.length && in[pos] == '\\' && in[pos + 1] == 'u') {
                        int lowStart = pos;
                        pos += 2;
                        char low = readHex4(lowStart);
                        if (!Character.isLowSurrogate(low)) {
                            throw fail(RefusalRule.LONE_SURROGATE, "lone surrogate " + escapeText(unit), start);
                        }
                        out.append(unit).append(low);
                        return;
                    }
                    throw fail(RefusalRule.LONE_SURROGATE, "lone surrogate " + escapeText(unit), start);
                }
                out.append(unit);
            }
            default -> throw fail(RefusalRule.MALFORMED, "invalid escape sequence", start);
        }
    }

    private char readHex4(int escapeStart) {
        if (pos + 4 > in.length) {
            throw fail(RefusalRule.MALFORMED, "truncated \\u escape", escapeStart);
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[pos + i] & 0xFF, 16);
            if (digit < 0 || (in[pos + i] & 0xFF) >= 0x80) {
                throw fail(RefusalRule.MALFORMED, "invalid hex digit in \\u escape", escapeStart);
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    /** Decodes one multi-byte UTF-8 sequence strictly (RFC 3629 table 3-7). */
    private int readUtf8Sequence() {
        int start = pos;
        int lead = in[pos] & 0xFF;
        int count;
        int min = 0x80;
        int max = 0xBF;
        int codePoint;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 1;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 2;
            codePoint = lead & 0x0F;
            if (lead == 0xE0) {
                min = 0xA0;
            } else if (lead == 0xED) {
                max = 0x9F; // above would encode a UTF-16 surrogate
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 3;
            codePoint = lead & 0x07;
            if (lead == 0xF0) {
                min = 0x90;
            } else if (lead == 0xF4) {
                max = 0x8F;
            }
        } else {
            throw fail(RefusalRule.MALFORMED, "invalid UTF-8 lead byte " + describe(lead), start);
        }
        for (int i = 1; i <= count; i++) {
            if (start + i >= in.length) {
                throw fail(RefusalRule.MALFORMED, "truncated UTF-8 sequence", start);
            }
            int cont = in[start + i] & 0xFF;
            int lo = i == 1 ? min : 0x80;
            int hi = i == 1 ? max : 0xBF;
            if (cont < lo || cont > hi) {
                if (lead == 0xED && cont >= 0xA0 && cont <= 0xBF) {
                    throw fail(RefusalRule.LONE_SURROGATE, "UTF-8 encoded surrogate", start);
                }
                throw fail(RefusalRule.MALFORMED, "invalid UTF-8 sequence", start);
            }
            codePoint = (codePoint << 6) | (cont & 0x3F);
        }
        pos = start + count + 1;
        return codePoint;
    }

    private JsonNode readNumber() {
        int start = pos;
        boolean integerSyntax = true;
        boolean nonZeroDigit = false;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw fail(RefusalRule.MALFORMED, "leading zero in number", start);
            }
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                nonZeroDigit |= peek() != '0';
                pos++;
            }
        } else {
            throw fail(RefusalRule.MALFORMED, "invalid number", start);
        }
        if (peek() == '.') {
            integerSyntax = false;
            pos++;
            if (!isDigit(peek())) {
                throw fail(RefusalRule.MALFORMED, "invalid number: digit expected after '.'", start);
            }
            while (isDigit(peek())) {
                nonZeroDigit |= peek() != '0';
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            integerSyntax = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw fail(RefusalRule.MALFORMED, "invalid number: digit expected in exponent", start);
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            throw fail(null, "number literal longer than " + MAX_NUMBER_LENGTH + " characters", start);
        }
        String text = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        if (integerSyntax) {
            BigInteger value = new BigInteger(text);
            if (!RefusalRule.isSafeInteger(value)) {
                throw fail(RefusalRule.UNSAFE_INTEGER, "integer " + text + " is beyond ±(2^53−1)", start);
            }
            return NODES.numberNode(value.longValue());
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw fail(RefusalRule.NON_FINITE_NUMBER, "number " + text + " overflows an IEEE double", start);
        }
        if (value == 0.0 && nonZeroDigit) {
            throw fail(null, "number " + text + " underflows an IEEE double to zero", start);
        }
        if (CanonicalJsonWriter.printsAsUnsafeInteger(value)) {
            throw fail(
                    RefusalRule.UNSAFE_INTEGER,
                    "number " + text + " would be written as an integer beyond ±(2^53−1)",
                    start);
        }
        return NODES.numberNode(value);
    }

    private JsonNode literal(String word, JsonNode node) {
        int start = pos;
        for (int i = 0; i < word.length(); i++) {
            if (pos >= in.length || in[pos] != word.charAt(i)) {
                throw fail(RefusalRule.MALFORMED, "invalid literal, expected " + word, start);
            }
            pos++;
        }
        return node;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail(RefusalRule.MALFORMED, "expected '" + c + "'", pos);
        }
        pos++;
    }

    private int peek() {
        return pos < in.length ? in[pos] & 0xFF : -1;
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    private void skipWhitespace() {
        while (pos < in.length) {
            int b = in[pos];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return;
            }
            pos++;
        }
    }

    private static String describe(int b) {
        if (b < 0) {
            return "end of input";
        }
        if (b >= 0x21 && b < 0x7F) {
            return "character '" + (char) b + "'";
        }
        return String.format("byte 0x%02X", b);
    }

    private static String escapeText(char unit) {
        return String.format("\\u%04X", (int) unit);
    }

    /** A refusal at byte {@code offset}, naming the shared rule broken, or null for one of evidence's own. */
    private CanonicalJsonException fail(RefusalRule rule, String reason, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < in.length; i++) {
            if (in[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new CanonicalJsonException(rule, reason, JsonPointer.of(path), offset, line, column);
    }
}
