package io.countersign.model.evidence;

import java.util.Objects;

/** The first broken link of a chain: its position in the list, its seq, and why. */
public record ChainBreak(int index, long seq, ChainBreakReason reason, String detail) {

    public ChainBreak {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
