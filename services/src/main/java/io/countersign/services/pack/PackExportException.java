package io.countersign.services.pack;

/** An export refused before anything was written: the store does not verify, or the request is wrong. */
public final class PackExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PackExportException(String message) {
        super(message);
    }

    public PackExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
