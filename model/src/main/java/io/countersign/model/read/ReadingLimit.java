package io.countersign.model.read;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;

/**
 * Jackson's own size limits on what it tokenises, said in Countersign's words. Jackson's message
 * names its configuration classes, which mean nothing to someone fixing a file; the limit it hit is
 * told apart by the message's start, and an unrecognised one still gets a message of ours.
 */
final class ReadingLimit {

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.defaults();

    private ReadingLimit() {}

    static String describe(StreamConstraintsException limit) {
        String message = String.valueOf(limit.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (message.startsWith("number value length")) {
            return "a number longer than " + LIMITS.getMaxNumberLength() + " characters; expected a shorter number";
        }
        if (message.startsWith("string value length")) {
            return "a string longer than " + LIMITS.getMaxStringLength() + " characters; expected a shorter string";
        }
        if (message.startsWith("name length")) {
            return "a key longer than " + LIMITS.getMaxNameLength() + " characters; expected a shorter key";
        }
        return "the file is larger than Countersign reads; expected a smaller document";
    }
}
