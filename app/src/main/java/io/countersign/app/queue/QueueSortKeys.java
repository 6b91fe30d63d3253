package io.countersign.app.queue;

import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import java.time.Instant;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The queue's column orders. Sorting 100,000 rows makes about 1.7 million comparisons, so none may
 * compute much: the age order compares creation times instead of reading the clock and building two
 * durations each time, and a row's highest severity, which scans all its findings (about 68 per draft
 * on the benchmark workload), is worked out once per row and kept here. Only severity is kept: for a
 * field a row reads directly, a lookup in this map costs as much as reading it (S8 measured the title
 * order slower through the map). A row's severity is assumed fixed while it is in the queue (a reload
 * builds new rows) and is dropped when the row leaves; only removals are handled, because the sorted
 * view may already have asked about the new rows before this hears of them. FX thread only.
 */
final class QueueSortKeys {
    private final Map<QueueItem, Severity> severities = new IdentityHashMap<>();

    QueueSortKeys(ObservableList<QueueItem> rows) {
        rows.addListener((ListChangeListener<QueueItem>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(severities::remove);
            }
        });
    }

    private Severity severityOf(QueueItem item) {
        // containsKey as well as get: null is a real value (no finding needs attention).
        Severity known = severities.get(item);
        if (known == null && !severities.containsKey(item)) {
            known = item.highestSeverity();
            severities.put(item, known);
        }
        return known;
    }

    /** No finding first, then low to critical. */
    Comparator<QueueItem> severity() {
        Comparator<Severity> order = Comparator.nullsFirst(Comparator.naturalOrder());
        return (a, b) -> order.compare(severityOf(a), severityOf(b));
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
        return Comparator.comparing(item -> item.draft().createdAt(), Comparator.nullsFirst(Comparator.<Instant>reverseOrder()));
    }
}
