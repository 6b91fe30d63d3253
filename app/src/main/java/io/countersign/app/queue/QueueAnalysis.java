package io.countersign.app.queue;

import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Analyses a whole queue on every core. An analyzer indexes its snapshot and policy, so one is
 * built per distinct pair (by identity: the casebook shares one snapshot object between its cases)
 * and reused; analyzers are thread-safe, so drafts are analysed in parallel.
 */
public final class QueueAnalysis {
    /**
     * The first batch is about a screenful so rows show quickly, the second brings the first thousand
     * rows to scroll through, and later ones grow to keep hand-offs to the FX thread few.
     */
    static final int FIRST_BATCH = 250;

    static final int LARGEST_BATCH = 2_000;

    private final Map<Snapshot, Map<Policy, DraftAnalyzer>> analyzers = new IdentityHashMap<>();

    public List<QueueItem> analyze(List<PendingDraft> pending) {
        return analyzeBatch(pending);
    }

    /**
     * Analyses the queue in order, handing each batch of rows to {@code batches} as soon as it is
     * analysed: a large queue shows its first rows long before its last are done. Stops between
     * batches once {@code wanted} says no (a newer load replaced this one).
     */
    public void analyze(List<PendingDraft> pending, BooleanSupplier wanted, Consumer<List<QueueItem>> batches) {
        for (int from = 0, size = FIRST_BATCH;
                from < pending.size() && wanted.getAsBoolean();
                from += size, size = nextBatch(size)) {
            batches.accept(analyzeBatch(pending.subList(from, Math.min(pending.size(), from + size))));
        }
    }

    /** 250, 750 (a thousand rows in all), 1,500, then 2,000 at a time. */
    static int nextBatch(int size) {
        return size == FIRST_BATCH ? 3 * FIRST_BATCH : Math.min(LARGEST_BATCH, size * 2);
    }

    private List<QueueItem> analyzeBatch(List<PendingDraft> pending) {
        // Analyzers are built here, one thread, before the parallel part: building one is not thread-safe.
        List<DraftAnalyzer> each = new ArrayList<>(pending.size());
        for (PendingDraft draft : pending) {
            each.add(analyzers
                    .computeIfAbsent(draft.snapshot(), s -> new IdentityHashMap<>())
                    .computeIfAbsent(draft.policy(), p -> new DraftAnalyzer(draft.snapshot(), p)));
        }
        return IntStream.range(0, pending.size())
                .parallel()
                .mapToObj(i -> {
                    PendingDraft draft = pending.get(i);
                    DraftAnalyzer analyzer = each.get(i);
                    return new QueueItem(
                            draft,
                            analyzer.analyze(draft.draft(), draft.otherPending(), draft.review()),
                            analyzer.catalog());
                })
                .toList();
    }
}
