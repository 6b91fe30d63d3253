package io.countersign.model.evidence;

import java.util.Objects;

/**
 * One entry's place in the hash chain: its sequence number, the entry hash it follows, and its
 * own entry hash, which is the SHA-256 of its envelope's canonical bytes.
 */
public record ChainLink(long seq, Digest prevEntryHash, Digest entryHash) {

    /** The first entry's sequence number; its predecessor is {@link Digest#ZERO}. */
    public static final long FIRST_SEQ = 1;

    public ChainLink {
        Objects.requireNonNull(prevEntryHash, "prevEntryHash");
        Objects.requireNonNull(entryHash, "entryHash");
        if (seq < FIRST_SEQ) {
            throw new IllegalArgumentException("seq must be at least " + FIRST_SEQ);
        }
    }

    /** The entry hash of an envelope: SHA-256 over its canonical JSON bytes. */
    public static Digest entryHashOf(DsseEnvelope envelope) {
        return Digest.sha256(Objects.requireNonNull(envelope, "envelope").toCanonicalJson());
    }

    /** The link that follows this one for an envelope with the given entry hash. */
    public ChainLink next(Digest nextEntryHash) {
        return new ChainLink(seq + 1, entryHash, nextEntryHash);
    }

    public static ChainLink genesis(Digest entryHash) {
        return new ChainLink(FIRST_SEQ, Digest.ZERO, entryHash);
    }
}
