package io.countersign.app.workspace;

import io.countersign.app.queue.DraftHistory;
import io.countersign.app.queue.PendingDraft;
import io.countersign.app.queue.QueueSource;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.services.queue.Queue;
import io.countersign.services.queue.QueueEntry;
import io.countersign.services.queue.QueueService;
import java.util.List;
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
        return (session.demo() ? "Demo workspace · " : "Workspace · ")
                + session.directory().getFileName();
    }

    @Override
    public List<PendingDraft> pendingDrafts() {
        Queue queue =
                new QueueService(session.workspace()).queue(session.decisions().verifiedDecisions());
        if (!queue.analysable()) {
            if (queue.entries().isEmpty()) {
                return List.of();
            }
            throw new IllegalStateException("this workspace has drafts but no current "
                    + queue.missingInput().orElseThrow() + " to judge them against; drop one into "
                    + session.directory().resolve("inbox"));
        }
        Snapshot snapshot = queue.snapshot().orElseThrow().value();
        Policy policy = queue.policy().orElseThrow().value();
        String approver = actingAs.get();
        return queue.entries().stream()
                .map(entry -> pending(entry, snapshot, policy, queue, approver))
                .toList();
    }

    private static PendingDraft pending(
            QueueEntry entry, Snapshot snapshot, Policy policy, Queue queue, String approver) {
        Draft draft = entry.draft();
        ReviewContext review = approver == null
                ? ReviewContext.NONE
                : ReviewContext.approver(
                        approver, entry.standing(Integer.MAX_VALUE).approvers());
        return new PendingDraft(
                draft,
                snapshot,
                policy,
                queue.otherOpenDrafts(draft),
                review,
                new DraftHistory(entry.supersededRevisions(), entry.decisions()));
    }
}
