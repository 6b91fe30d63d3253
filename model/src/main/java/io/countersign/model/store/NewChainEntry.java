package io.countersign.model.store;

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
}
