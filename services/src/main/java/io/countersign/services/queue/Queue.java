package io.countersign.services.queue;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.persistence.input.StoredInput;
import java.util.List;
import java.util.Optional;

/**
 * The queue as the store holds it: the latest revision of every draft with its verified decisions,
 * the current snapshot and policy, and the one definition of a draft's "other open drafts" — the
 * drafts not yet rejected or sent back that change one of its identities.
 */
public final class Queue {
    private final Optional<StoredInput<Snapshot>> snapshot;
    private final Optional<StoredInput<Policy>> policy;
    private final List<QueueEntry> entries;
    private final OpenDrafts open;
    private DraftAnalyzer analyzer;

    Queue(Optional<StoredInput<Snapshot>> snapshot, Optional<StoredInput<Policy>> policy, List<QueueEntry> entries) {
        this.snapshot = snapshot;
        this.policy = policy;
        this.entries = List.copyOf(entries);
        this.open = new OpenDrafts(entries.stream()
                .filter(e -> !e.isFinal())
                .map(QueueEntry::draft)
                .toList());
    }

    public Optional<StoredInput<Snapshot>> snapshot() {
        return snapshot;
    }

    public Optional<StoredInput<Policy>> policy() {
        return policy;
    }

    /** Every draft, in the store's order, decided or not. */
    public List<QueueEntry> entries() {
        return entries;
    }

    /** The queue can be analysed: the store has a current snapshot and policy. */
    public boolean analysable() {
        return snapshot.isPresent() && policy.isPresent();
    }

    /** What is missing before the queue can be analysed: "snapshot" or "policy"; empty when nothing is. */
    public Optional<String> missingInput() {
        if (snapshot.isEmpty()) {
            return Optional.of("snapshot");
        }
        return policy.isEmpty() ? Optional.of("policy") : Optional.empty();
    }

    /** The open drafts other than this one that change one of its identities: what cumulative findings combine. */
    public List<Draft> otherOpenDrafts(Draft draft) {
        return open.sharingIdentitiesWith(draft);
    }

    /** The draft analysed against the current snapshot and policy, with its other open drafts. */
    public DraftAnalysis analyze(Draft draft, ReviewContext review) {
        return analyzer().analyze(draft, otherOpenDrafts(draft), review);
    }

    /** One analyser per queue: its snapshot index is built once, not per draft. */
    public synchronized DraftAnalyzer analyzer() {
        if (!analysable()) {
            throw new IllegalStateException(
                    "the store has no current " + missingInput().orElseThrow());
        }
        if (analyzer == null) {
            analyzer = new DraftAnalyzer(snapshot.get().value(), policy.get().value());
        }
        return analyzer;
    }
}
