package io.countersign.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants as the store keeps them: UTC, microsecond precision (H2's TIMESTAMP default). */
public final class StoreTime {

    private StoreTime() {}

    public static OffsetDateTime now(Clock clock) {
        return toColumn(clock.instant());
    }

    public static OffsetDateTime toColumn(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant fromColumn(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
