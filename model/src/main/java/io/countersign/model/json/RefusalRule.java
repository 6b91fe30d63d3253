package io.countersign.model.json;

import java.math.BigInteger;

/**
 * What every strict reader of hostile JSON refuses, defined once. There are two such readers, kept
 * apart because they answer in different terms: the evidence reader over signed, canonical bytes
 * ({@code CanonicalJson}: byte offsets) and the input reader over JSON and YAML files
 * ({@code SourceTreeReader}: line:column and JSON pointer). Both check these rules with the limits
 * and scans below and name the rule on their refusal; one test table of hostile documents runs
 * against both. Each reader may refuse more under its own terms (a byte order mark or a non-canonical
 * number in evidence, an unknown field in an input file); those refusals name no rule.
 */
public enum RefusalRule {
    /** Not JSON (or YAML) at all: bad grammar, a NaN or Infinity literal, invalid UTF-8. */
    MALFORMED("malformed"),
    /** Nothing but whitespace. */
    EMPTY_DOCUMENT("empty-document"),
    /** A key given twice in one object: readers disagree on which value counts. */
    DUPLICATE_KEY("duplicate-key"),
    /** A UTF-16 surrogate outside a high-low pair, escaped or UTF-8 encoded: readers disagree on what it means. */
    LONE_SURROGATE("lone-surrogate"),
    /** An integer beyond ±(2^53−1): a reader holding numbers as doubles (JavaScript's) would read another value. */
    UNSAFE_INTEGER("unsafe-integer"),
    /** A number too large for a double, which every reader would have to change. */
    NON_FINITE_NUMBER("non-finite-number"),
    /** Anything after the document's one value: which value a reader takes would be up to the reader. */
    TRAILING_CONTENT("trailing-content"),
    /**
     * Objects and arrays nested more than {@link #MAX_DEPTH} deep: a recursive reader would run out of
     * stack, and no document Countersign reads or writes comes near (the deepest, a casebook, nests 9).
     */
    TOO_DEEP("too-deep");

    /**
     * How many objects and arrays may nest in one another, the outermost counting as one. Far above
     * any real input or evidence (9 at most), low enough that no reader's stack is at risk.
     */
    public static final int MAX_DEPTH = 256;

    /** The largest integer every JSON consumer (including JavaScript) reads exactly. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final BigInteger MAX_SAFE = BigInteger.valueOf(MAX_SAFE_INTEGER);

    private final String code;

    RefusalRule(String code) {
        this.code = code;
    }

    /** A stable, lower-case name for the rule, for messages and machine-readable reports. */
    public String code() {
        return code;
    }

    /** Whether {@link #UNSAFE_INTEGER} lets this integer through. No Math.abs: it leaves Long.MIN_VALUE negative. */
    public static boolean isSafeInteger(long value) {
        return value >= -MAX_SAFE_INTEGER && value <= MAX_SAFE_INTEGER;
    }

    /** Whether {@link #UNSAFE_INTEGER} lets this integer through. */
    public static boolean isSafeInteger(BigInteger value) {
        return value.abs().compareTo(MAX_SAFE) <= 0;
    }

    /** The index of the first surrogate not in a high-low pair ({@link #LONE_SURROGATE}), or -1 for well-formed text. */
    public static int firstLoneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
