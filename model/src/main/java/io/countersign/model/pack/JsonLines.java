package io.countersign.model.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits JSON Lines content where every line, the last included, ends with {@code \n}. */
final class JsonLines {

    private JsonLines() {}

    /** The lines without their newlines, or null when the content does not end with one. */
    static List<byte[]> split(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        if (content.length == 0) {
            return lines;
        }
        if (content[content.length - 1] != '\n') {
            return null;
        }
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                lines.add(Arrays.copyOfRange(content, start, i));
                start = i + 1;
            }
        }
        return lines;
    }
}
