package io.countersign.model.read;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#parse} with a fast path for the shape nearly every file writes,
 * {@code 2026-12-31T17:00:00Z} with optional fractional seconds. Anything else, including every string
 * the fast path is unsure of (offsets, lower case, leap seconds, 24:00, invalid dates), goes to
 * {@code Instant.parse}, so what is accepted and refused stays exactly the JDK's. The ISO formatter
 * costs about a microsecond a call, and a queue of drafts holds hundreds of thousands of timestamps.
 */
final class Timestamps {
    private Timestamps() {}

    private static final int SHORTEST = "0000-00-00T00:00:00Z".length();
    private static final int LONGEST = "0000-00-00T00:00:00.000000000Z".length();

    static Instant parseInstant(String text) {
        Instant common = commonShape(text);
        return common != null ? common : Instant.parse(text);
    }

    /**
     * The instant {@code text} denotes if it has the common shape and is valid, else null (then
     * {@code Instant.parse} decides). Never returns an instant {@code Instant.parse} would not.
     */
    static Instant commonShape(String text) {
        int length = text.length();
        if (length < SHORTEST
                || length > LONGEST
                || length == SHORTEST + 1
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0
                || month < 1
                || month > 12
                || day < 1
                || hour > 23
                || minute > 59
                || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > SHORTEST) {
            int fractionDigits = length - SHORTEST - 1;
            int fraction = text.charAt(19) == '.' ? digits(text, 20, 20 + fractionDigits) : -1;
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
    }

    /** The ASCII decimal number in {@code text[from, to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
