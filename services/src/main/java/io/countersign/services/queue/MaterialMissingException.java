package io.countersign.services.queue;

/** Something a decision needs is not in the store; the message says what, in words the user can act on. */
public final class MaterialMissingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MaterialMissingException(String message) {
        super(message, null, false, false);
    }
}
