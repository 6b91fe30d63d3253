package io.countersign.persistence.input;

import io.countersign.model.evidence.Digest;
import java.time.Instant;
import java.util.Objects;

/**
 * A parsed input as the store holds it.
 *
 * @param digest     SHA-256 of its canonical JSON: what a decision's subjects name
 * @param importedAt when this content was (last) imported
 */
public record StoredInput<T>(T value, Digest digest, Instant importedAt) {

    public StoredInput {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
