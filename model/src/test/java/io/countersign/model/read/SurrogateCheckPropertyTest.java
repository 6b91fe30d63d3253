package io.countersign.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The branch-free surrogate scan over Jackson's buffer, and the reader built on it, refuse exactly
 * the text with a lone surrogate, naming the first one, whether it came escaped or as raw bytes.
 */
class SurrogateCheckPropertyTest {

    @Property(tries = 2000)
    void theScanFindsASurrogateExactlyWhenThereIsOne(@ForAll("characters") List<Character> text) {
        char[] chars = new char[text.size() + 2];
        for (int i = 0; i < text.size(); i++) {
            chars[i + 1] = text.get(i);
        }
        boolean expected = text.stream().anyMatch(Character::isSurrogate);

        assertThat(SourceTreeReader.hasSurrogate(chars, 1, chars.length - 1)).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void stringsAndKeysAreRefusedExactlyWhenTheyHoldALoneSurrogate(
            @ForAll("characters") List<Character> text, @ForAll("spellings") List<Boolean> escaped) {
        StringBuilder value = new StringBuilder();
        text.forEach(value::append);
        String expected = firstLoneSurrogate(value.toString());
        byte[] json = json(text, escaped);

        FormatException refusal = catchThrowableOfType(
                FormatException.class, () -> SourceTreeReader.read("in.json", json, SourceTreeReader.Syntax.JSON));

        if (expected == null) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).isNotNull();
            assertThat(refusal.getMessage())
                    .startsWith("in.json:1:2 at /")
                    .contains("key contains a lone surrogate (" + expected + ")");
        }
        byte[] asValue = ("{\"k\": "
                        + new String(json, StandardCharsets.ISO_8859_1)
                                .substring(1)
                                .replace(": 1}", "}"))
                .getBytes(StandardCharsets.ISO_8859_1);
        FormatException valueRefusal = catchThrowableOfType(
                FormatException.class, () -> SourceTreeReader.read("in.json", asValue, SourceTreeReader.Syntax.JSON));
        if (expected == null) {
            assertThat(valueRefusal).isNull();
        } else {
            assertThat(valueRefusal.getMessage())
                    .startsWith("in.json:1:7 at /k: the string contains a lone surrogate (" + expected + ")");
        }
    }

    @Provide
    Arbitrary<List<Character>> characters() {
        return Arbitraries.of(
                        'a', '~', '\u00e9', '\u20ac', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000',
                        '\uffff', '\ud83d', '\ude00')
                .list()
                .ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Boolean>> spellings() {
        return Arbitraries.of(true, false).list().ofSize(12);
    }

    /** {@code {"<text>": 1}}, each character escaped or written as (possibly ill-formed) UTF-8. */
    private static byte[] json(List<Character> text, List<Boolean> escaped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < text.size(); i++) {
            char c = text.get(i);
            if (escaped.get(i)) {
                out.writeBytes(String.format(Locale.ROOT, "\\u%04x", (int) c).getBytes(StandardCharsets.US_ASCII));
            } else if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | c >> 6);
                out.write(0x80 | c & 0x3F);
            } else { // surrogates too, one at a time, as the refused raw-bytes test writes them
                out.write(0xE0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3F);
                out.write(0x80 | c & 0x3F);
            }
        }
        out.writeBytes("\": 1}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The original check, one character at a time: "U+XXXX at character i" of the first lone surrogate, or null. */
    private static String firstLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " at character " + i;
            }
        }
        return null;
    }
}
