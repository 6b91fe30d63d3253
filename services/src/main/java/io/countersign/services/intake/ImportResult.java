package io.countersign.services.intake;

import io.countersign.model.evidence.Digest;
import io.countersign.persistence.input.InputKind;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What importing one file did.
 *
 * @param inputId the document's {@code id} (for a draft, with its revision in {@code message})
 * @param digest  the SHA-256 of the stored canonical JSON
 * @param message one line for people, e.g. "imported draft DR-1 revision 2 (supersedes revision 1)"
 */
public record ImportResult(Path file, InputKind kind, String inputId, Status status, Digest digest, String message) {

    public enum Status {
        IMPORTED,
        ALREADY_IMPORTED
    }

    public ImportResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(inputId, "inputId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(message, "message");
    }
}
