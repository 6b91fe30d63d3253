package io.countersign.services.queue;

import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.StoredDraft;
import io.countersign.persistence.input.StoredInput;
import io.countersign.persistence.input.WorkspaceInputs;
import io.countersign.services.evidence.ReviewMaterial;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The single definition of the queue and of a draft's other open drafts. The workbench, {@code
 * countersign queue}, {@code decide} and the demo all ask this service, so they agree finding for
 * finding.
 */
public final class QueueService {
    private final WorkspaceInputs inputs;

    public QueueService(Workspace workspace) {
        this.inputs = new WorkspaceInputs(workspace);
    }

    /**
     * @param verified the store's verified decisions: a draft rejected or sent back leaves the other
     *     drafts' "open" lists; an approved one stays, since its access is about to be granted
     */
    public Queue queue(List<DecisionRecord> verified) {
        Map<String, List<DecisionRecord>> byDraft =
                verified.stream().collect(Collectors.groupingBy(DecisionRecord::draftId));
        List<QueueEntry> entries = inputs.pendingDrafts().stream()
                .map(stored -> new QueueEntry(
                        stored, byDraft.getOrDefault(stored.draft().id(), List.of())))
                .toList();
        return new Queue(inputs.currentSnapshot(), inputs.currentPolicy(), entries);
    }

    /**
     * What a decision on one revision of a draft is made on: that revision, the current snapshot and
     * policy, and the draft's other open drafts as the queue defines them.
     *
     * @param revision the revision reviewed, or null for the latest
     * @throws MaterialMissingException naming what is missing
     */
    public ReviewMaterial material(String draftId, Integer revision, List<DecisionRecord> verified) {
        StoredDraft latest = inputs.pendingDraft(draftId)
                .orElseThrow(() ->
                        new MaterialMissingException("no draft " + draftId + " in this workspace; import it first"));
        Queue queue = queue(verified);
        StoredInput<Snapshot> snapshot = queue.snapshot()
                .orElseThrow(() -> new MaterialMissingException(
                        "this workspace has no snapshot; import the current snapshot first"));
        StoredInput<Policy> policy = queue.policy()
                .orElseThrow(
                        () -> new MaterialMissingException("this workspace has no policy; import the policy first"));
        int latestRevision = latest.draft().revision();
        Draft draft = latest.draft();
        Digest digest = latest.digest();
        if (revision != null && revision != latestRevision) {
            StoredInput<Draft> chosen = inputs.draftRevision(draftId, revision)
                    .orElseThrow(() -> new MaterialMissingException("draft " + draftId + " has no revision " + revision
                            + " (latest is " + latestRevision + ")"));
            draft = chosen.value();
            digest = chosen.digest();
        }
        return new ReviewMaterial(
                draft,
                digest,
                snapshot.value(),
                snapshot.digest(),
                policy.value(),
                policy.digest(),
                queue.otherOpenDrafts(draft),
                latestRevision);
    }
}
