package io.countersign.model.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One recorded link of the evidence chain, as stored.
 *
 * @param envelope      the exact DSSE envelope bytes that were signed and recorded
 * @param entryHash     SHA-256 hex of {@code envelope}
 * @param prevEntryHash the previous entry's {@code entryHash}; null only for seq 1
 * @param summary       listing columns, never trusted for verification
 */
public record ChainEntry(
        long seq,
        ChainEntryKind kind,
        byte[] envelope,
        String entryHash,
        String prevEntryHash,
        Instant recordedAt,
        EntrySummary summary) {

    public ChainEntry {
        Objects.requireNonNull(kind, "kind");
        envelope = envelope.clone();
        Objects.requireNonNull(entryHash, "entryHash");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(summary, "summary");
    }

    @Override
    public byte[] envelope() {
        return envelope.clone();
    }

    /** The position right after this entry. */
    public ChainPosition next() {
        return new ChainPosition(seq + 1, entryHash);
    }

    /** Equal when the bytes are equal, not merely the same array. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ChainEntry that
                && seq == that.seq
                && Objects.equals(kind, that.kind)
                && Objects.equals(entryHash, that.entryHash)
                && Objects.equals(prevEntryHash, that.prevEntryHash)
                && Objects.equals(recordedAt, that.recordedAt)
                && Objects.equals(summary, that.summary)
                && Arrays.equals(envelope, that.envelope);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(seq, kind, entryHash, prevEntryHash, recordedAt, summary) + Arrays.hashCode(envelope);
    }
}
