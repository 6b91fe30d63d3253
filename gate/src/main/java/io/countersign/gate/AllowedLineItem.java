package io.countersign.gate;

import java.time.Instant;

/** A line item every counted approver allowed, with the earliest expiry any of them set (null: none). */
public record AllowedLineItem(String item, Instant expiresAt) {}
