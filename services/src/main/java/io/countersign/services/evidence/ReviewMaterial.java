package io.countersign.services.evidence;

import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import java.util.List;

/**
 * What a decision is made on, each input with the digest of its stored canonical JSON: the draft
 * revision, the snapshot and policy of the analysis, the other pending drafts, and the latest
 * revision number of the draft (to refuse a stale one).
 */
public record ReviewMaterial(
        Draft draft,
        Digest draftDigest,
        Snapshot snapshot,
        Digest snapshotDigest,
        Policy policy,
        Digest policyDigest,
        List<Draft> pending,
        int latestRevision) {

    public ReviewMaterial {
        pending = List.copyOf(pending);
    }
}
