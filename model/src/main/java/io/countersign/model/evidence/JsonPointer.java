package io.countersign.model.evidence;

/** RFC 6901 pointers, only for naming where a value sits in error messages. */
final class JsonPointer {

    private JsonPointer() {}

    static String of(Iterable<String> segments) {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}
