package io.countersign.model.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One imported revision of an AI draft, pointing at its blob. Whether it is superseded is not
 * stored: it is, exactly when a higher revision of the same draft exists.
 */
public record DraftRevisionRef(String draftId, int revision, String blobDigest, Instant importedAt) {

    public DraftRevisionRef {
        Objects.requireNonNull(draftId, "draftId");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, was " + revision);
        }
        Objects.requireNonNull(blobDigest, "blobDigest");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
