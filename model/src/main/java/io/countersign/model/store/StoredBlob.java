package io.countersign.model.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A content-addressed input as stored: canonical JSON bytes under their SHA-256 hex digest.
 *
 * @param digest     lower-case hex SHA-256 of {@code content}
 * @param mediaType  what the bytes are: draft, snapshot, policy, casebook, findings, key…
 * @param content    the canonical JSON bytes
 * @param importedAt when the blob first entered this store
 */
public record StoredBlob(String digest, String mediaType, byte[] content, Instant importedAt) {

    public StoredBlob {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
        Objects.requireNonNull(importedAt, "importedAt");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Equal when the bytes are equal, not merely the same array. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StoredBlob that
                && Objects.equals(digest, that.digest)
                && Objects.equals(mediaType, that.mediaType)
                && Objects.equals(importedAt, that.importedAt)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(digest, mediaType, importedAt) + Arrays.hashCode(content);
    }
}
