package io.countersign.model.evidence;

/** Statement bytes that are not a strict, canonical in-toto Statement v1. */
public final class StatementFormatException extends RuntimeException {

    StatementFormatException(String message) {
        super(message);
    }

    StatementFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
