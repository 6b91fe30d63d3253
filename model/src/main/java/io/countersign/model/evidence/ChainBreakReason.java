package io.countersign.model.evidence;

/** Why a chain breaks at a link; stable codes, stored and shown. */
public enum ChainBreakReason {
    /** A sequence number is skipped: the expected entry is missing. */
    SEQ_GAP,
    /** The expected entry exists but later in the sequence: entries are out of order. */
    SEQ_REORDERED,
    /** A sequence number already seen appears again. */
    SEQ_REPEATED,
    /** prevEntryHash is not the previous entry's hash (or not zeros for the first entry). */
    PREV_HASH_MISMATCH
}
