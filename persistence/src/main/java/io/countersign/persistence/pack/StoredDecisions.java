package io.countersign.persistence.pack;

import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.DsseVerdict;
import io.countersign.model.evidence.EnvelopeFormatException;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.StatementFormatException;
import io.countersign.model.evidence.VerificationKey;
import io.countersign.model.pack.DecisionFacts;
import io.countersign.model.pack.PackFormatException;
import io.countersign.model.store.ChainEntry;
import io.countersign.model.store.RegisteredKey;
import io.countersign.persistence.key.SigningKeyRepository;

/**
 * Verifies a stored decision entry before an export trusts it (docs/evidence.md, "Verifying"):
 * strict envelope, the approver's registered key valid at decidedAt, signature, canonical
 * statement, and seq / prevEntryHash at the entry's place in the chain.
 */
final class StoredDecisions {

    private final SigningKeyRepository keys;

    StoredDecisions(SigningKeyRepository keys) {
        this.keys = keys;
    }

    record Verified(DecisionFacts record, RegisteredKey key) {
    }

    Verified verify(ChainEntry entry) {
        String where = "seq " + entry.seq() + ": ";
        try {
            DsseEnvelope envelope = DsseEnvelope.parse(entry.envelope());
            String keyId = envelope.signature().keyId();
            RegisteredKey key = keys.find(keyId)
                    .orElseThrow(() -> new PackExportException(where + "signed with unregistered key " + keyId));
            DsseVerdict verdict = Dsse.verify(envelope, VerificationKey.fromSpkiDer(key.publicKeySpki()));
            if (!verdict.isValid()) {
                throw new PackExportException(where + verdict.reason() + ": " + verdict.detail());
            }
            if (!InTotoStatement.PAYLOAD_TYPE.equals(envelope.payloadType())) {
                throw new PackExportException(where + "payloadType is " + envelope.payloadType());
            }
            DecisionFacts record = DecisionFacts.of(InTotoStatement.parse(envelope.payload()));
            if (!key.ownerId().equals(record.approverId()) || !key.keyId().equals(record.approverKeyId())) {
                throw new PackExportException(where + "signed with a key of " + key.ownerId()
                        + ", but names approver " + record.approverId());
            }
            if (!key.isValidAt(record.decidedAt())) {
                throw new PackExportException(where + "the approver's key was not valid at " + record.decidedAt());
            }
            Digest prev = entry.prevEntryHash() == null ? Digest.ZERO : new Digest(entry.prevEntryHash());
            if (record.seq() != entry.seq() || !record.prevEntryHash().equals(prev)) {
                throw new PackExportException(where + "its payload names seq " + record.seq()
                        + " after " + record.prevEntryHash() + ", not its place in the chain");
            }
            return new Verified(record, key);
        } catch (EnvelopeFormatException | StatementFormatException | PackFormatException | IllegalArgumentException e) {
            throw new PackExportException(where + e.getMessage(), e);
        }
    }
}
