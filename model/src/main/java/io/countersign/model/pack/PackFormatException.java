package io.countersign.model.pack;

/** A signed statement whose predicate is not the shape a decision or pack predicate must have. */
public final class PackFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PackFormatException(String message) {
        super(message, null, false, false);
    }
}
