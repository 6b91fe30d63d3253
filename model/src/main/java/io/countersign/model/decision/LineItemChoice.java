package io.countersign.model.decision;

import java.time.Instant;

/** The approver's choice for one line item: keep it or not, and for additions an optional shorter expiry. */
public record LineItemChoice(String itemId, boolean approved, Instant expiresAt) {}
