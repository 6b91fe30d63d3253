package io.countersign.app.queue;

import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import java.time.Instant;
import java.util.Comparator;

/**
 * The queue's column orders. Sorting 100,000 rows makes about 1.7 million comparisons, so none may
 * compute much: the age order compares creation times instead of reading the clock and building two
 * durations each time, and severity reads the row's highest severity, worked out once when the row
 * was made (see {@link QueueItem}).
 */
final class QueueSortKeys {

    /** No finding first, then low to critical. */
    Comparator<QueueItem> severity() {
        return Comparator.comparing(
                QueueItem::highestSeverity, Comparator.nullsFirst(Comparator.<Severity>naturalOrder()));
    }

    /** By title, ignoring case. */
    Comparator<QueueItem> title() {
        return Comparator.comparing(QueueItem::title, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
    }

    Comparator<QueueItem> risk() {
        return Comparator.comparing(QueueItem::risk, Comparator.<RiskTier>naturalOrder());
    }

    Comparator<QueueItem> approvers() {
        return Comparator.comparingInt(QueueItem::approversNeeded);
    }

    /**
     * Youngest first: newest creation time first, a draft without one counting as just created. (Ages
     * are shown against the clock; ordering by creation time is the same order without reading it.)
     */
    Comparator<QueueItem> age() {
        return Comparator.comparing(
                item -> item.draft().createdAt(), Comparator.nullsFirst(Comparator.<Instant>reverseOrder()));
    }
}
