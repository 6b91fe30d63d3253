package io.countersign.model.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * An entry ready to append: the exact DSSE envelope bytes and their SHA-256 hex digest.
 */
public record NewChainEntry(ChainEntryKind kind, byte[] envelope, String entryHash, EntrySummary summary) {

    public NewChainEntry {
        Objects.requireNonNull(kind, "kind");
        envelope = envelope.clone();
        Objects.requireNonNull(entryHash, "entryHash");
        Objects.requireNonNull(summary, "summary");
    }

    @Override
    public byte[] envelope() {
        return envelope.clone();
    }

    /** Equal when the bytes are equal, not merely the same array. */
    @Override
    public boolean equals(Object other) {
        return other instanceof NewChainEntry that
                && Objects.equals(kind, that.kind)
                && Objects.equals(entryHash, that.entryHash)
                && Objects.equals(summary, that.summary)
                && Arrays.equals(envelope, that.envelope);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(kind, entryHash, summary) + Arrays.hashCode(envelope);
    }
}
