package io.countersign.services.approval;

import io.countersign.gate.AnchorKey;
import io.countersign.gate.ApprovalBundle;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.store.DraftRevisionRef;
import io.countersign.persistence.Workspace;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.evidence.StoreVerifier;
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

    /** @param revision the revision provisioning will carry out, or null for the latest */
    public ApprovalBundle bundle(String draftId, Integer revision, Instant now) {
        List<DraftRevisionRef> revisions = workspace.draftRevisions().revisions(draftId);
        if (revisions.isEmpty()) {
            throw new ApprovalExportException("no draft " + draftId + " in this workspace");
        }
        DraftRevisionRef chosen = revision == null
                ? revisions.getLast()
                : revisions.stream()
                        .filter(ref -> ref.revision() == revision)
                        .findFirst()
                        .orElseThrow(
                                () -> new ApprovalExportException("draft " + draftId + " has no revision " + revision
                                        + " (latest is " + revisions.getLast().revision() + ")"));
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
                chosen.revision(),
                new Digest(chosen.blobDigest()),
                now,
                envelopes,
                List.copyOf(keys.values()));
    }
}
