package io.countersign.model.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A compensating control with an owner and a validity window (both dates inclusive, UTC). */
public record MitigatingControl(String id, String name, String owner, LocalDate validFrom, LocalDate validTo) {

    /** True when the control is valid at every instant of [from, to]. */
    public boolean covers(Instant from, Instant to) {
        Instant start = validFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = validTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return !from.isBefore(start) && to != null && to.isBefore(end);
    }
}
