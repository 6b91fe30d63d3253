package io.countersign.gate;

import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.pack.PackArchiveException;
import io.countersign.model.pack.PackLayout;
import io.countersign.model.pack.PackLimits;
import io.countersign.model.pack.PackReason;
import io.countersign.model.pack.PackVerification;
import io.countersign.model.pack.PackVerifier;
import io.countersign.model.pack.ZipArchive;
import io.countersign.model.pack.ZipArchiveReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A decision pack used as the approval: verified whole first (manifests, chain, every signature,
 * the pack statement), then the envelopes that name the draft are handed to the gate, which checks
 * them again against the pinned anchors. Decisions on other drafts in the pack are simply not the
 * gate's business here.
 */
public final class PackApproval {
    private PackApproval() {}

    /** The pack failed its own verification; the message lists its reason codes. */
    public static final class PackInvalidException extends Exception {
        private static final long serialVersionUID = 1L;

        PackInvalidException(String message) {
            super(message, null, false, false);
        }
    }

    public static List<DsseEnvelope> envelopesFor(byte[] zip, String draftId) throws PackInvalidException {
        PackVerification verification = PackVerifier.verify(zip);
        if (!verification.isValid()) {
            throw new PackInvalidException("the decision pack fails verification: "
                    + verification.reasons().stream().map(PackReason::name).collect(Collectors.joining(", ")));
        }
        ZipArchive archive;
        try {
            archive = ZipArchiveReader.read(zip, PackLimits.DEFAULT);
        } catch (PackArchiveException e) {
            throw new PackInvalidException("the decision pack cannot be read: " + e.getMessage());
        }
        String prefix = PackLayout.zipName(PackLayout.ENVELOPES_DIR);
        List<DsseEnvelope> envelopes = new ArrayList<>();
        for (String name : archive.fileNames().stream().sorted().toList()) {
            if (name.startsWith(prefix) && name.endsWith(".dsse.json")) {
                DsseEnvelope envelope = DsseEnvelope.parse(archive.content(name));
                if (names(envelope, draftId)) {
                    envelopes.add(envelope);
                }
            }
        }
        return envelopes;
    }

    /** Whether the (not yet trusted) statement is about this draft; the gate verifies what is kept. */
    private static boolean names(DsseEnvelope envelope, String draftId) {
        try {
            InTotoStatement statement = InTotoStatement.parse(envelope.payload());
            return draftId.equals(statement.predicate().path("draft").path("id").asText(null));
        } catch (RuntimeException e) {
            return true; // unreadable: let the gate refuse it by name
        }
    }
}
