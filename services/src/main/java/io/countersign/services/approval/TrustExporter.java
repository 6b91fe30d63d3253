package io.countersign.services.approval;

import io.countersign.gate.TrustAnchors;
import io.countersign.persistence.Workspace;
import java.time.Instant;

/**
 * The trust anchors of a one-person workspace: every approver key it registered, with its validity.
 * Exported once and pinned beside the provisioner; a key added to the store later counts only once
 * the trust file is exported and pinned again.
 */
public final class TrustExporter {
    private final Workspace workspace;

    public TrustExporter(Workspace workspace) {
        this.workspace = workspace;
    }

    public TrustAnchors anchors(Instant now) {
        var keys = workspace.signingKeys().all().stream()
                .map(RegisteredKeys::anchor)
                .toList();
        if (keys.isEmpty()) {
            throw new ApprovalExportException(
                    "this workspace has no approver keys to trust yet; create one with 'countersign keys init'");
        }
        return new TrustAnchors("workspace " + workspace.directory().getFileName(), now, keys);
    }
}
