package io.countersign.model.read;

/** The {@code format} field every input file starts with. */
final class FormatCheck {
    private FormatCheck() {}

    static void expect(SourceNode root, String format) throws FormatException {
        root.expectObject("a " + format + " document");
        String found = root.field("format").asText();
        if (!found.equals(format)) {
            throw root.field("format").error("unknown format \"" + found + "\"; expected \"" + format + "\"");
        }
    }
}
