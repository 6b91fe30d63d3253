package io.countersign.model.format.read;

import java.nio.file.Path;

/**
 * A file that cannot be loaded, with a one-line reason naming the file, the position and the JSON
 * pointer of the offending value, and what was expected. Nothing of the file is kept.
 */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final SourcePosition position;
    private final String reason;

    public FormatException(String source, SourcePosition position, String reason) {
        super(position.line() > 0 ? source + ":" + position.describe() + ": " + reason : source + ": " + reason);
        this.source = source;
        this.position = position;
        this.reason = reason;
    }

    public static String sourceName(Path file) {
        return file.toString();
    }

    public String source() {
        return source;
    }

    public SourcePosition position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
