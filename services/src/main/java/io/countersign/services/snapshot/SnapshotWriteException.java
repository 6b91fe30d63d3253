package io.countersign.services.snapshot;

/** A converted or merged snapshot that could not be written; nothing was left at the target name. */
public final class SnapshotWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SnapshotWriteException(String message) {
        super(message, null, false, false);
    }
}
