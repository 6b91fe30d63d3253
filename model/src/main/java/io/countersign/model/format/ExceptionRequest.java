package io.countersign.model.format;

import java.time.Instant;

/** A request to accept a rule violation for a while, under an owner and a mitigating control. */
public record ExceptionRequest(
        String rule, String identity, String owner, String control, Instant expiresAt, String reason) {}
