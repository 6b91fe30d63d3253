package io.countersign.app.history;

import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.format.Outcome;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The history's filters; null or blank means no restriction. Dates are whole UTC days, both
 * inclusive, as a pack selection counts them. Broken records always pass: their content cannot be
 * read, so no filter can say they are not the one being looked for.
 */
public record HistoryFilter(String approverId, Outcome outcome, String text, LocalDate from, LocalDate to)
        implements Predicate<HistoryRow> {

    public static final HistoryFilter NONE = new HistoryFilter(null, null, null, null, null);

    @Override
    public boolean test(HistoryRow row) {
        if (row.broken()) {
            return true;
        }
        DecisionRecord d = row.decision().orElseThrow();
        LocalDate day = d.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return (approverId == null || approverId.equals(d.approverId()))
                && (outcome == null || outcome == d.outcome())
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to))
                && (text == null
                        || text.isBlank()
                        || row.searchText().contains(text.strip().toLowerCase(Locale.ROOT)));
    }

    public boolean isEmpty() {
        return equals(NONE)
                || (approverId == null
                        && outcome == null
                        && (text == null || text.isBlank())
                        && from == null
                        && to == null);
    }
}
