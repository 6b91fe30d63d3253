package io.countersign.model.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The timestamp fast path accepts exactly what {@link Instant#parse} accepts, with the same value. */
class TimestampsPropertyTest {

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the four-digit years. */
    private static final long YEAR_0 = -62_167_219_200L;

    private static final long YEAR_9999_END = 253_402_300_799L;

    @Property(tries = 3000)
    void theCommonShapeTakesTheFastPathWithInstantParsesValue(
            @ForAll @LongRange(min = YEAR_0, max = YEAR_9999_END) long epochSecond,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @IntRange(min = 0, max = 9) int fractionDigits) {
        String text = write(epochSecond, nanos, fractionDigits);

        assertThat(Timestamps.commonShape(text)).as(text).isNotNull().isEqualTo(Instant.parse(text));
    }

    @Property(tries = 5_000)
    void nearValidTextIsAcceptedAndRefusedExactlyAsInstantParse(@ForAll("nearValid") String text) {
        String strict = outcome(() -> Instant.parse(text));

        assertThat(outcome(() -> Timestamps.parseInstant(text))).as(text).isEqualTo(strict);
        Instant fast = Timestamps.commonShape(text);
        if (fast != null) {
            assertThat(fast.toString()).as(text).isEqualTo(strict);
        }
    }

    @Example
    void theRangeIsTheFourDigitYears() {
        assertThat(Instant.ofEpochSecond(YEAR_0)).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
        assertThat(Instant.ofEpochSecond(YEAR_9999_END)).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }

    @Example
    void leavesTheUnusualSpellingsToTheStrictParser() {
        for (String text : new String[] {
            "2026-12-31T24:00:00Z",
            "2026-12-31T23:59:60Z",
            "2026-12-31t17:00:00z",
            "2026-12-31T17:00:00+01:00",
            "2026-12-31T17:00:00.Z",
            "+2026-12-31T17:00:00Z"
        }) {
            assertThat(Timestamps.commonShape(text)).as(text).isNull();
            assertThat(outcome(() -> Timestamps.parseInstant(text)))
                    .as(text)
                    .isEqualTo(outcome(() -> Instant.parse(text)));
        }
    }

    @Example
    void refusesDaysTheMonthDoesNotHave() {
        assertThat(outcome(() -> Timestamps.parseInstant("2023-02-29T00:00:00Z")))
                .isEqualTo("refused");
        assertThat(outcome(() -> Timestamps.parseInstant("2026-04-31T00:00:00Z")))
                .isEqualTo("refused");
        assertThat(Timestamps.parseInstant("2024-02-29T00:00:00Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    }

    /** Fields in and just out of range, odd separators and zones, and one character replaced now and then. */
    @Provide
    Arbitrary<String> nearValid() {
        Arbitrary<String> year = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 9999).map(y -> pad(y, 4)),
                Arbitraries.of("999", "10000", "+2026", "-0001", "20 6"));
        Arbitrary<String> month = Arbitraries.integers().between(0, 13).map(m -> pad(m, 2));
        Arbitrary<String> day = Arbitraries.integers().between(0, 32).map(d -> pad(d, 2));
        Arbitrary<String> hour = Arbitraries.integers().between(0, 25).map(h -> pad(h, 2));
        Arbitrary<String> minute = Arbitraries.integers().between(0, 61).map(m -> pad(m, 2));
        Arbitrary<String> second = Arbitraries.integers().between(0, 61).map(s -> pad(s, 2));
        Arbitrary<String> fraction = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.just("."),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11).map(digits -> "." + digits));
        Arbitrary<String> separator = Arbitraries.of("T", "T", "T", "t", " ", "-");
        Arbitrary<String> zone = Arbitraries.of("Z", "Z", "Z", "z", "", "+01:00", "-00:00", "+0100", "Z ", "ZZ");
        Arbitrary<String> text = Combinators.combine(year, month, day, separator, hour, minute, second, fraction)
                .as((y, mo, d, t, h, mi, s, f) -> y + "-" + mo + "-" + d + t + h + ":" + mi + ":" + s + f)
                .flatMap(prefix -> zone.map(z -> prefix + z));
        Arbitrary<Character> replacement =
                Arbitraries.of('0', '9', ':', '-', '.', 'T', 'Z', 'x', ' ', '\u0663', '\uff11');
        return Combinators.combine(
                        text,
                        Arbitraries.integers().between(0, 40),
                        replacement,
                        Arbitraries.integers().between(0, 3))
                .as((t, at, c, mutate) ->
                        mutate == 0 && at < t.length() ? t.substring(0, at) + c + t.substring(at + 1) : t);
    }

    private static String write(long epochSecond, int nanos, int fractionDigits) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        String fraction = fractionDigits == 0 ? "" : "." + pad(nanos, 9).substring(0, fractionDigits);
        return pad(time.getYear(), 4) + "-" + pad(time.getMonthValue(), 2) + "-" + pad(time.getDayOfMonth(), 2) + "T"
                + pad(time.getHour(), 2) + ":" + pad(time.getMinute(), 2) + ":" + pad(time.getSecond(), 2) + fraction
                + "Z";
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static String outcome(Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
