package io.countersign.services.evidence;

import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.decision.DraftStanding;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.StoredDraft;
import io.countersign.persistence.input.StoredInput;
import io.countersign.persistence.input.WorkspaceInputs;
import java.util.List;
import java.util.Optional;

/**
 * Assembles what a decision is made on from the workspace: the chosen revision of a draft, the
 * current snapshot and policy, and the other drafts still open (for cumulative findings).
 */
public final class ReviewMaterials {
    private final WorkspaceInputs inputs;

    public ReviewMaterials(Workspace workspace) {
        this.inputs = new WorkspaceInputs(workspace);
    }

    /**
     * @param revision the revision reviewed, or null for the latest
     * @param decisions verified decisions: rejected or sent-back drafts are left out of "other pending";
     *                  approved ones stay, since their access is about to be granted
     * @throws MaterialMissingException naming what is missing, in words the user can act on
     */
    public ReviewMaterial forDraft(String draftId, Integer revision, List<DecisionRecord> decisions) {
        StoredDraft latest = inputs.pendingDraft(draftId).orElseThrow(() -> new MaterialMissingException(
                "no draft " + draftId + " in this workspace; import it first"));
        StoredInput<Snapshot> snapshot = inputs.currentSnapshot().orElseThrow(() -> new MaterialMissingException(
                "this workspace has no snapshot; import the current snapshot first"));
        StoredInput<Policy> policy = inputs.currentPolicy().orElseThrow(() -> new MaterialMissingException(
                "this workspace has no policy; import the policy first"));
        int latestRevision = latest.draft().revision();
        Draft draft = latest.draft();
        io.countersign.model.evidence.Digest digest = latest.digest();
        if (revision != null && revision != latestRevision) {
            Optional<StoredInput<Draft>> older = inputs.draftRevision(draftId, revision);
            StoredInput<Draft> chosen = older.orElseThrow(() -> new MaterialMissingException(
                    "draft " + draftId + " has no revision " + revision + " (latest is " + latestRevision + ")"));
            draft = chosen.value();
            digest = chosen.digest();
        }
        List<Draft> others = inputs.pendingDrafts().stream()
                .map(StoredDraft::draft)
                .filter(other -> !other.id().equals(draftId))
                .filter(other -> !DraftStanding.of(other.id(), other.revision(), Integer.MAX_VALUE, decisions).isFinal())
                .toList();
        return new ReviewMaterial(draft, digest, snapshot.value(), snapshot.digest(), policy.value(), policy.digest(), others,
                latestRevision);
    }

    /** Something the decision needs is not in the workspace. */
    public static final class MaterialMissingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MaterialMissingException(String message) {
            super(message, null, false, false);
        }
    }
}
