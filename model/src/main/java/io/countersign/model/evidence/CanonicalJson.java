package io.countersign.model.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Objects;

/**
 * RFC 8785 JSON Canonicalization Scheme, strict: input must be I-JSON (RFC 7493).
 *
 * <p>Refused, with a {@link CanonicalJsonException}: duplicate keys, lone surrogates (escaped or
 * raw), invalid UTF-8, a byte order mark, integers written without fraction or exponent beyond
 * ±(2^53−1), numbers of any spelling whose canonical form would be such an integer (doubles from
 * 2^53 up to 1e21, which ECMAScript prints without exponent), numbers that overflow a double or
 * underflow a non-zero value to zero, NaN and Infinity, and anything after the value. A number with a fraction or exponent is otherwise
 * taken as the double nearest to it, as the RFC's own example does ({@code 333333333.33333329}).
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /** Canonical form of UTF-8 JSON text. */
    public static byte[] canonicalize(byte[] json) {
        return CanonicalJsonWriter.write(parse(json));
    }

    /** Canonical form of a Jackson tree; limits are checked on the tree as on text. */
    public static byte[] canonicalize(JsonNode node) {
        Objects.requireNonNull(node, "node");
        return CanonicalJsonWriter.write(node);
    }

    /** Parses UTF-8 JSON text strictly. Integers come back as long nodes, others as doubles. */
    public static JsonNode parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        return StrictJsonReader.read(json);
    }

    /** True only when the bytes are valid, strict JSON and exactly their own canonical form. */
    public static boolean isCanonical(byte[] json) {
        try {
            requireCanonical(json);
            return true;
        } catch (CanonicalJsonException e) {
            return false;
        }
    }

    /**
     * Throws unless the bytes are exactly canonical; the message names the first differing byte.
     * Verifiers use this to refuse a validly signed payload that is not canonical.
     */
    public static void requireCanonical(byte[] json) {
        requireCanonical(json, parse(json));
    }

    /**
     * Parses strictly and requires canonical form, parsing once: the same checks as
     * {@link #requireCanonical(byte[])} followed by {@link #parse(byte[])}.
     */
    public static JsonNode parseCanonical(byte[] json) {
        JsonNode tree = parse(json);
        requireCanonical(json, tree);
        return tree;
    }

    /** {@link #requireCanonical(byte[])} for bytes already parsed into {@code parsed}, which must be {@code parse(json)}. */
    static void requireCanonical(byte[] json, JsonNode parsed) {
        byte[] canonical = CanonicalJsonWriter.write(parsed);
        int mismatch = Arrays.mismatch(json, canonical);
        if (mismatch >= 0) {
            throw new CanonicalJsonException(null, "not in canonical form", "", mismatch, 1, mismatch + 1);
        }
    }
}
