package io.countersign.services.intake;

/**
 * A well-formed file the store cannot take: it contradicts what was imported before (the same
 * draft revision with different content). One line; nothing of the file was stored.
 */
public final class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRefusedException(String message) {
        super(message, null, false, false);
    }
}
