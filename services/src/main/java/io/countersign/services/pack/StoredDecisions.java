package io.countersign.services.pack;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Verifies a stored decision entry before an export trusts it (docs/evidence.md, "Verifying"):
 * strict envelope, the approver's registered key valid at decidedAt, signature, canonical
 * statement, and seq / prevEntryHash at the entry's place in the chain.
 */
final class StoredDecisions {

    private record Known(RegisteredKey registration, VerificationKey key) {}

    /** Every registered key by id, read once: an export checks thousands of entries against a few keys. */
    private final Map<String, Known> keys;

    StoredDecisions(List<RegisteredKey> registered) {
        this.keys = registered.stream()
                .collect(Collectors.toUnmodifiableMap(
                        RegisteredKey::keyId,
                        k -> new Known(k, VerificationKey.fromSpkiDer(k.publicKeySpki())),
                        (a, b) -> a));
    }

    record Verified(DecisionFacts record, RegisteredKey key) {}

    /**
     * Verifies every entry, spread over the cores; the entries' order is kept. When any fails, the
     * refusal is the one of the first failing entry in that order, as a one-by-one check would give.
     */
    List<Verified> verifyAll(List<ChainEntry> entries) {
        List<Outcome> outcomes = entries.parallelStream().map(this::outcome).toList();
        Optional<PackExportException> first =
                outcomes.stream().map(Outcome::refusal).filter(Objects::nonNull).findFirst();
        if (first.isPresent()) {
            throw first.get();
        }
        return outcomes.stream().map(Outcome::verified).toList();
    }

    private record Outcome(Verified verified, PackExportException refusal) {}

    private Outcome outcome(ChainEntry entry) {
        try {
            return new Outcome(verify(entry), null);
        } catch (PackExportException e) {
            return new Outcome(null, e);
        }
    }

    Verified verify(ChainEntry entry) {
        String where = "seq " + entry.seq() + ": ";
        try {
            DsseEnvelope envelope = DsseEnvelope.parse(entry.envelope());
            String keyId = envelope.signature().keyId();
            Known known = keys.get(keyId);
            if (known == null) {
                throw new PackExportException(where + "signed with unregistered key " + keyId);
            }
            RegisteredKey key = known.registration();
            // The payload's canonical form is checked once, by InTotoStatement.parse below.
            DsseVerdict verdict = Dsse.verifySignature(envelope, known.key());
            if (!verdict.isValid()) {
                throw new PackExportException(where + verdict.reason() + ": " + verdict.detail());
            }
            if (!InTotoStatement.PAYLOAD_TYPE.equals(envelope.payloadType())) {
                throw new PackExportException(where + "payloadType is " + envelope.payloadType());
            }
            DecisionFacts record = DecisionFacts.of(InTotoStatement.parse(envelope.payload()));
            if (!key.ownerId().equals(record.approverId()) || !key.keyId().equals(record.approverKeyId())) {
                throw new PackExportException(where + "signed with a key of " + key.ownerId() + ", but names approver "
                        + record.approverId());
            }
            if (!key.isValidAt(record.decidedAt())) {
                throw new PackExportException(where + "the approver's key was not valid at " + record.decidedAt());
            }
            Digest prev = entry.prevEntryHash() == null ? Digest.ZERO : new Digest(entry.prevEntryHash());
            if (record.seq() != entry.seq() || !record.prevEntryHash().equals(prev)) {
                throw new PackExportException(where + "its payload names seq " + record.seq() + " after "
                        + record.prevEntryHash() + ", not its place in the chain");
            }
            return new Verified(record, key);
        } catch (EnvelopeFormatException
                | StatementFormatException
                | PackFormatException
                | IllegalArgumentException e) {
            throw new PackExportException(where + e.getMessage(), e);
        }
    }
}
