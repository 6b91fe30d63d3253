package io.countersign.model.read;

import io.countersign.model.json.RefusalRule;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file that cannot be loaded, with a one-line reason naming the file, the position and the JSON
 * pointer of the offending value, and what was expected. Nothing of the file is kept.
 */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final SourcePosition position;
    private final String reason;
    private final RefusalRule rule;

    public FormatException(String source, SourcePosition position, String reason) {
        this(source, position, null, reason);
    }

    /** A refusal under one of the rules every strict JSON reader shares; {@code rule} null for this reader's own. */
    public FormatException(String source, SourcePosition position, RefusalRule rule, String reason) {
        super(position.line() > 0 ? source + ":" + position.describe() + ": " + reason : source + ": " + reason);
        this.source = source;
        this.position = position;
        this.rule = rule;
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

    /** The shared rule the file broke, if it broke one rather than a format's own rules. */
    public Optional<RefusalRule> rule() {
        return Optional.ofNullable(rule);
    }
}
