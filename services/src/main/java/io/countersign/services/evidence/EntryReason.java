package io.countersign.services.evidence;

/** Stable reason codes for one chain entry's verification; {@code OK} means it verified. */
public enum EntryReason {
    OK,
    /** The entry's seq is not the next one: a record was deleted, inserted or reordered. */
    CHAIN_GAP,
    /** The signed prevEntryHash is not the hash of the previous entry's envelope. */
    PREV_HASH_MISMATCH,
    /** The signed seq is not the entry's place in the chain. */
    SEQ_MISMATCH,
    /** The stored entry hash is not the hash of the stored envelope. */
    ENTRY_HASH_MISMATCH,
    ENVELOPE_MALFORMED,
    /** No registered key has the envelope's key id, or the stored public key does not hash to it. */
    KEY_UNKNOWN,
    /** The key belongs to someone other than the approver or exporter the record names. */
    KEY_NOT_SIGNERS,
    /** The key was not valid (registered and not retired) when the record says it was made. */
    KEY_NOT_VALID_AT_TIME,
    SIGNATURE_INVALID,
    STATEMENT_INVALID,
    /** A subject's content is missing from the store. */
    SUBJECT_MISSING,
    /** A subject's stored content no longer hashes to the signed digest. */
    SUBJECT_DIGEST_MISMATCH
}
