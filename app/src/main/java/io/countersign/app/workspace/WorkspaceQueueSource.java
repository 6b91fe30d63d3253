package io.countersign.app.workspace;

import io.countersign.app.queue.DraftHistory;
import io.countersign.app.queue.PendingDraft;
import io.countersign.app.queue.QueueSource;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.decision.DraftStanding;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.store.DraftRevisionRef;
import io.countersign.persistence.intake.StoredInput;
import io.countersign.persistence.intake.WorkspaceInputs;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workspace's drafts as a queue: the latest revision of each, judged against the current
 * snapshot and policy, with its verified decisions and superseded revisions. The reviewer in the
 * analysis is whoever the window acts as, so independence findings are about that person.
 */
public final class WorkspaceQueueSource implements QueueSource {
    private final WorkspaceSession session;
    private final Supplier<String> actingAs;

    /** @param actingAs the approver id the window signs as, or null before one is chosen; read off the FX thread */
    public WorkspaceQueueSource(WorkspaceSession session, Supplier<String> actingAs) {
        this.session = session;
        this.actingAs = actingAs;
    }

    @Override
    public String description() {
        return (session.demo() ? "Demo workspace · " : "Workspace · ") + session.directory().getFileName();
    }

    @Override
    public List<PendingDraft> pendingDrafts() {
        WorkspaceInputs inputs = session.inputs();
        Optional<StoredInput<Snapshot>> snapshot = inputs.currentSnapshot();
        Optional<StoredInput<Policy>> policy = inputs.currentPolicy();
        List<io.countersign.persistence.intake.PendingDraft> stored = inputs.pendingDrafts();
        if (snapshot.isEmpty() || policy.isEmpty()) {
            if (stored.isEmpty()) {
                return List.of();
            }
            throw new IllegalStateException("this workspace has drafts but no current "
                    + (snapshot.isEmpty() ? "snapshot" : "policy") + " to judge them against; drop one into "
                    + session.directory().resolve("inbox"));
        }
        List<DecisionRecord> decisions = session.decisions().verifiedDecisions();
        // Drafts already rejected or sent back cannot combine with others any more; approved ones still will.
        List<Draft> open = stored.stream().map(io.countersign.persistence.intake.PendingDraft::draft)
                .filter(d -> !DraftStanding.of(d.id(), d.revision(), Integer.MAX_VALUE, decisions).isFinal()).toList();
        String approver = actingAs.get();
        return stored.stream().map(p -> pending(p, snapshot.get().value(), policy.get().value(), open, decisions, approver))
                .toList();
    }

    private static PendingDraft pending(io.countersign.persistence.intake.PendingDraft stored, Snapshot snapshot, Policy policy,
                                        List<Draft> open, List<DecisionRecord> decisions, String approver) {
        Draft draft = stored.draft();
        List<DecisionRecord> own = decisions.stream().filter(d -> d.draftId().equals(draft.id())).toList();
        List<Draft> others = open.stream().filter(other -> !other.id().equals(draft.id())).toList();
        ReviewContext review = approver == null ? ReviewContext.NONE : ReviewContext.approver(approver,
                DraftStanding.of(draft.id(), draft.revision(), Integer.MAX_VALUE, own).approvers());
        List<Integer> superseded = stored.superseded().stream().map(DraftRevisionRef::revision).toList();
        return new PendingDraft(draft, snapshot, policy, others, review, new DraftHistory(superseded, own));
    }
}
