package io.countersign.services.approval;

import io.countersign.gate.AnchorKey;
import io.countersign.gate.ApprovalBundle;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.store.DraftRevisionRef;
import io.countersign.persistence.Workspace;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.evidence.StoreVerifier;
import io.countersign.services.queue.Queue;
import io.countersign.services.queue.QueueEntry;
import io.countersign.services.queue.QueueService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the evidence provisioning needs for one draft revision: every verified decision on the
 * draft (on any revision, so that a later one shows as superseding) and the keys that signed them.
 * Refuses while the store fails verification: a bundle is only as good as the chain it came from.
 */
public final class ApprovalExporter {
    private final Workspace workspace;

    public ApprovalExporter(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * @param revision the revision provisioning will carry out, or null for the latest; refused
     *     unless it is the latest, since a new revision voids the approvals of earlier ones
     */
    public ApprovalBundle bundle(String draftId, Integer revision, Instant now) {
        List<DraftRevisionRef> revisions = workspace.draftRevisions().revisions(draftId);
        if (revisions.isEmpty()) {
            throw new ApprovalExportException("no draft " + draftId + " in this workspace");
        }
        DraftRevisionRef latest = revisions.getLast();
        if (revision != null && revision != latest.revision()) {
            throw new ApprovalExportException(
                    "draft " + draftId + " revision " + revision + " is superseded by revision " + latest.revision()
                            + "; only the latest revision can be provisioned");
        }
        StoreVerification verification = new StoreVerifier(workspace).verify();
        verification.firstBroken().ifPresent(broken -> {
            throw new ApprovalExportException("the evidence store fails verification at " + broken.describe()
                    + "; no approval is exported from a broken chain");
        });
        List<DsseEnvelope> envelopes = new ArrayList<>();
        Map<String, AnchorKey> keys = new LinkedHashMap<>();
        for (DecisionRecord decision : verification.verifiedDecisions()) {
            if (!decision.draftId().equals(draftId)) {
                continue;
            }
            byte[] envelope =
                    workspace.evidenceChain().get(decision.seq()).orElseThrow().envelope();
            envelopes.add(DsseEnvelope.parse(envelope));
            keys.computeIfAbsent(
                    decision.keyId(),
                    id -> RegisteredKeys.anchor(workspace.signingKeys().find(id).orElseThrow()));
        }
        return new ApprovalBundle(
                draftId,
                latest.revision(),
                new Digest(latest.blobDigest()),
                approversNeeded(draftId, verification.verifiedDecisions()),
                now,
                envelopes,
                List.copyOf(keys.values()));
    }

    /** What the store's current analysis asks for; without a snapshot or policy, what was signed (at least one). */
    private int approversNeeded(String draftId, List<DecisionRecord> verified) {
        Queue queue = new QueueService(workspace).queue(verified);
        if (queue.analysable()) {
            for (QueueEntry entry : queue.entries()) {
                if (entry.draft().id().equals(draftId)) {
                    return queue.analyze(entry.draft(), ReviewContext.NONE).approversNeeded();
                }
            }
        }
        return verified.stream()
                .filter(decision -> decision.draftId().equals(draftId))
                .mapToInt(DecisionRecord::approversNeeded)
                .max()
                .orElse(1);
    }
}
