package io.countersign.app.queue;

import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import java.time.Instant;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The queue's column orders, over keys worked out once per row. Sorting 100,000 rows makes about
 * 1.7 million comparisons: the severity column would otherwise scan each draft's findings twice per
 * comparison, the age column read the clock and build two durations, and the title column fold case
 * character by character. A row's keys are assumed fixed while it is in the queue (a reload builds new
 * rows) and are dropped when it leaves; only removals are handled, because the sorted view may already
 * have asked for the new rows' keys before this hears of them. FX thread only, like the table it sorts.
 */
final class QueueSortKeys {
    private record Keys(Severity severity, String foldedTitle, Instant created) {
    }

    private final Map<QueueItem, Keys> keys = new IdentityHashMap<>();

    QueueSortKeys(ObservableList<QueueItem> rows) {
        rows.addListener((ListChangeListener<QueueItem>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(keys::remove);
            }
        });
    }

    private Keys of(QueueItem item) {
        Keys known = keys.get(item);
        if (known == null) {
            known = new Keys(item.highestSeverity(), item.title() == null ? "" : item.title().toLowerCase(Locale.ROOT),
                    item.draft().createdAt());
            keys.put(item, known);
        }
        return known;
    }

    /** No finding first, then low to critical. */
    Comparator<QueueItem> severity() {
        Comparator<Severity> order = Comparator.nullsFirst(Comparator.naturalOrder());
        return (a, b) -> order.compare(of(a).severity(), of(b).severity());
    }

    /** By title, ignoring case. */
    Comparator<QueueItem> title() {
        return (a, b) -> of(a).foldedTitle().compareTo(of(b).foldedTitle());
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
        Comparator<Instant> newestFirst = Comparator.nullsFirst(Comparator.<Instant>reverseOrder());
        return (a, b) -> newestFirst.compare(of(a).created(), of(b).created());
    }
}
