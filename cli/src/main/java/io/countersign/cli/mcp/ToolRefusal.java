package io.countersign.cli.mcp;

import io.countersign.model.read.FormatException;

/**
 * A call the server will not carry out, with a one-line reason and, for a draft that fails the
 * strict reading, the JSON pointer (and line:column when the draft came as text).
 */
final class ToolRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    private static final int LONGEST_QUOTE = 60;

    private final String pointer;
    private final int line;
    private final int column;

    ToolRefusal(String reason) {
        this(reason, null, 0, 0);
    }

    private ToolRefusal(String reason, String pointer, int line, int column) {
        super(reason.replaceAll("[\\r\\n]+", " "), null, false, false);
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    /** A strict-reading refusal; {@code located} when line:column refer to text the assistant sent. */
    static ToolRefusal of(FormatException e, boolean located) {
        String pointer = e.position().pointer().isEmpty() ? "/" : e.position().pointer();
        if (located && e.position().line() > 0) {
            return new ToolRefusal(
                    e.source() + ":" + e.position().describe() + ": " + e.reason(),
                    pointer,
                    e.position().line(),
                    e.position().column());
        }
        return new ToolRefusal(e.source() + ": at " + pointer + ": " + e.reason(), pointer, 0, 0);
    }

    /** Null unless the refusal is about one value of the draft. */
    String pointer() {
        return pointer;
    }

    /** 1-based; 0 when not meaningful. */
    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** A value from the caller, shortened and stripped of line breaks, safe to quote in a one-line reason. */
    static String quote(String text) {
        String flat = text.replaceAll("[\\p{Cntrl}]", "?");
        return "\"" + (flat.length() > LONGEST_QUOTE ? flat.substring(0, LONGEST_QUOTE) + "…" : flat) + "\"";
    }
}
