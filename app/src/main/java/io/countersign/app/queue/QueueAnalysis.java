package io.countersign.app.queue;

import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses a whole queue. An analyzer indexes its snapshot and policy, so one is built per distinct
 * pair (by identity: the casebook shares one snapshot object between its cases) and reused.
 */
public final class QueueAnalysis {
    private final Map<Snapshot, Map<Policy, DraftAnalyzer>> analyzers = new IdentityHashMap<>();

    public List<QueueItem> analyze(List<PendingDraft> pending) {
        List<QueueItem> items = new ArrayList<>(pending.size());
        for (PendingDraft draft : pending) {
            DraftAnalyzer analyzer = analyzers.computeIfAbsent(draft.snapshot(), s -> new IdentityHashMap<>())
                    .computeIfAbsent(draft.policy(), p -> new DraftAnalyzer(draft.snapshot(), p));
            items.add(new QueueItem(draft, analyzer.analyze(draft.draft(), draft.otherPending(), draft.review()),
                    analyzer.catalog()));
        }
        return items;
    }
}
