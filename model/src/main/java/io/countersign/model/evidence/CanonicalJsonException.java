package io.countersign.model.evidence;

import io.countersign.model.json.RefusalRule;
import java.util.Optional;

/**
 * Input that RFC 8785 canonicalisation refuses. The message is one line naming what was wrong
 * and where: a JSON pointer and, for byte input, the byte offset and line:column.
 */
public final class CanonicalJsonException extends RuntimeException {

    private final String pointer;
    private final long byteOffset;
    private final RefusalRule rule;

    CanonicalJsonException(RefusalRule rule, String reason, String pointer, long byteOffset, int line, int column) {
        super(reason + " at " + (pointer.isEmpty() ? "(root)" : pointer) + " (byte " + byteOffset + ", line " + line
                + ":" + column + ")");
        this.pointer = pointer;
        this.byteOffset = byteOffset;
        this.rule = rule;
    }

    CanonicalJsonException(RefusalRule rule, String reason, String pointer) {
        super(reason + " at " + (pointer.isEmpty() ? "(root)" : pointer));
        this.pointer = pointer;
        this.byteOffset = -1;
        this.rule = rule;
    }

    /** JSON pointer (RFC 6901) of the offending value; empty for the root. */
    public String pointer() {
        return pointer;
    }

    /** The rule every strict JSON reader shares that the input broke; empty for evidence's own rules (canonical form, a byte order mark…). */
    public Optional<RefusalRule> rule() {
        return Optional.ofNullable(rule);
    }

    /** Byte offset into the input, or -1 when the input was a tree rather than bytes. */
    public long byteOffset() {
        return byteOffset;
    }
}
