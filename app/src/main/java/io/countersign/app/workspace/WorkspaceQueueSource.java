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
import io.countersign.persistence.input.StoredInput;
import io.countersign.persistence.input.WorkspaceInputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
        List<io.countersign.persistence.input.StoredDraft> stored = inputs.pendingDrafts();
        if (snapshot.isEmpty() || policy.isEmpty()) {
            if (stored.isEmpty()) {
                return List.of();
            }
            throw new IllegalStateException("this workspace has drafts but no current "
                    + (snapshot.isEmpty() ? "snapshot" : "policy") + " to judge them against; drop one into "
                    + session.directory().resolve("inbox"));
        }
        List<DecisionRecord> decisions = session.decisions().verifiedDecisions();
        Map<String, List<DecisionRecord>> decisionsByDraft = decisions.stream()
                .collect(Collectors.groupingBy(DecisionRecord::draftId));
        // Drafts already rejected or sent back cannot combine with others any more; approved ones still will.
        List<Draft> open = stored.stream().map(io.countersign.persistence.input.StoredDraft::draft)
                .filter(d -> !DraftStanding.of(d.id(), d.revision(), Integer.MAX_VALUE,
                        decisionsByDraft.getOrDefault(d.id(), List.of())).isFinal()).toList();
        OpenDrafts others = new OpenDrafts(open);
        String approver = actingAs.get();
        return stored.stream().map(p -> pending(p, snapshot.get().value(), policy.get().value(), others,
                decisionsByDraft.getOrDefault(p.draft().id(), List.of()), approver)).toList();
    }

    private static PendingDraft pending(io.countersign.persistence.input.StoredDraft stored, Snapshot snapshot, Policy policy,
                                        OpenDrafts open, List<DecisionRecord> own, String approver) {
        Draft draft = stored.draft();
        ReviewContext review = approver == null ? ReviewContext.NONE : ReviewContext.approver(approver,
                DraftStanding.of(draft.id(), draft.revision(), Integer.MAX_VALUE, own).approvers());
        List<Integer> superseded = stored.superseded().stream().map(DraftRevisionRef::revision).toList();
        return new PendingDraft(draft, snapshot, policy, open.sharingIdentitiesWith(draft), review, new DraftHistory(superseded, own));
    }

    /**
     * The open drafts indexed by the identities they change. Only drafts that change one of a
     * draft's identities can add to its cumulative findings, so each draft gets those, in queue
     * order, instead of the whole queue: ten thousand drafts would otherwise mean a hundred million
     * list entries.
     */
    private static final class OpenDrafts {
        private final Map<String, List<Integer>> byIdentity = new HashMap<>();
        private final List<Draft> open;

        OpenDrafts(List<Draft> open) {
            this.open = open;
            for (int i = 0; i < open.size(); i++) {
                for (String identity : open.get(i).affectedIdentities()) {
                    byIdentity.computeIfAbsent(identity, id -> new ArrayList<>()).add(i);
                }
            }
        }

        List<Draft> sharingIdentitiesWith(Draft draft) {
            TreeSet<Integer> positions = new TreeSet<>();
            for (String identity : draft.affectedIdentities()) {
                positions.addAll(byIdentity.getOrDefault(identity, List.of()));
            }
            List<Draft> sharing = new ArrayList<>(positions.size());
            for (int position : positions) {
                if (!open.get(position).id().equals(draft.id())) {
                    sharing.add(open.get(position));
                }
            }
            return sharing;
        }
    }
}
