package io.countersign.model.evidence;

import java.util.Objects;

/** Envelope bytes refused by the strict parser, with the reason code a verifier reports. */
public final class EnvelopeFormatException extends RuntimeException {

    private final DsseReason reason;

    EnvelopeFormatException(DsseReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    EnvelopeFormatException(DsseReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public DsseReason reason() {
        return reason;
    }
}
