package io.countersign.services.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.decision.DecisionPredicate;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.DsseVerdict;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.StatementSubject;
import io.countersign.model.evidence.VerificationKey;
import io.countersign.model.store.ChainEntry;
import io.countersign.model.store.RegisteredKey;
import io.countersign.model.store.StoredBlob;
import io.countersign.persistence.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Verifies the workspace's evidence chain from its first entry, trusting only envelope bytes,
 * registered public keys and blob contents — never the listing columns. Names the first broken record.
 */
public final class StoreVerifier {
    private final Workspace workspace;

    public StoreVerifier(Workspace workspace) {
        this.workspace = workspace;
    }

    public StoreVerification verify() {
        List<EntryVerdict> verdicts = new ArrayList<>();
        long expectedSeq = 1;
        Digest previous = Digest.ZERO;
        try (Stream<ChainEntry> entries = workspace.evidenceChain().entries()) {
            for (ChainEntry entry : (Iterable<ChainEntry>) entries::iterator) {
                verdicts.add(verify(entry, expectedSeq, previous));
                expectedSeq = entry.seq() + 1;
                previous = Digest.sha256(entry.envelope());
            }
        }
        return new StoreVerification(verdicts);
    }

    private EntryVerdict verify(ChainEntry entry, long expectedSeq, Digest previous) {
        String kind = entry.kind().name().toLowerCase(Locale.ROOT);
        byte[] envelopeBytes = entry.envelope();
        if (entry.seq() != expectedSeq) {
            return fail(
                    entry, kind, EntryReason.CHAIN_GAP, "expected seq " + expectedSeq + " next, found " + entry.seq());
        }
        if (!Digest.sha256(envelopeBytes).hex().equals(entry.entryHash())) {
            return fail(
                    entry,
                    kind,
                    EntryReason.ENTRY_HASH_MISMATCH,
                    "the stored envelope does not hash to the recorded entry hash");
        }
        DsseEnvelope envelope;
        try {
            envelope = DsseEnvelope.parse(envelopeBytes);
        } catch (RuntimeException e) {
            return fail(entry, kind, EntryReason.ENVELOPE_MALFORMED, e.getMessage());
        }
        String keyId = envelope.signature().keyId();
        Optional<RegisteredKey> key = workspace.signingKeys().find(keyId);
        VerificationKey verificationKey;
        try {
            verificationKey =
                    key.map(k -> VerificationKey.fromSpkiDer(k.publicKeySpki())).orElse(null);
        } catch (RuntimeException e) {
            verificationKey = null;
        }
        if (verificationKey == null || !verificationKey.keyId().toString().equals(keyId)) {
            return fail(entry, kind, EntryReason.KEY_UNKNOWN, "no registered public key " + keyId);
        }
        DsseVerdict signature = Dsse.verify(envelope, verificationKey);
        if (!signature.isValid()) {
            return fail(entry, kind, EntryReason.SIGNATURE_INVALID, signature.reason() + ": " + signature.detail());
        }
        InTotoStatement statement;
        try {
            statement = InTotoStatement.parse(envelope.payload());
        } catch (RuntimeException e) {
            return fail(entry, kind, EntryReason.STATEMENT_INVALID, e.getMessage());
        }
        JsonNode predicate = statement.predicate();
        if (predicate.path("seq").asLong(-1) != entry.seq()) {
            return fail(
                    entry,
                    kind,
                    EntryReason.SEQ_MISMATCH,
                    "signed seq " + predicate.path("seq") + ", stored at " + entry.seq());
        }
        if (!previous.toString().equals(predicate.path("prevEntryHash").asText())) {
            return fail(
                    entry,
                    kind,
                    EntryReason.PREV_HASH_MISMATCH,
                    "signed prevEntryHash " + predicate.path("prevEntryHash").asText()
                            + " is not the previous entry's hash " + previous);
        }
        String signer = predicate
                .path(kind.equals("decision") ? "approver" : "exporter")
                .path("id")
                .asText(null);
        Instant at;
        try {
            at = Instant.parse(predicate
                    .path(kind.equals("decision") ? "decidedAt" : "exportedAt")
                    .asText());
        } catch (RuntimeException e) {
            return fail(entry, kind, EntryReason.STATEMENT_INVALID, "no valid decision or export time");
        }
        if (!key.get().ownerId().equals(signer)) {
            return fail(
                    entry,
                    kind,
                    EntryReason.KEY_NOT_SIGNERS,
                    "key " + keyId + " belongs to " + key.get().ownerId() + ", the record names " + signer);
        }
        if (!key.get().isValidAt(at) || key.get().registeredAt().isAfter(at)) {
            return fail(entry, kind, EntryReason.KEY_NOT_VALID_AT_TIME, "key " + keyId + " was not valid at " + at);
        }
        for (StatementSubject subject : statement.subjects()) {
            if (subject.name().startsWith("pack/")) {
                continue; // the pack file itself lives outside the store
            }
            Optional<StoredBlob> blob = workspace.blobs().get(subject.digest().hex());
            if (blob.isEmpty()) {
                return fail(
                        entry,
                        kind,
                        EntryReason.SUBJECT_MISSING,
                        subject.name() + " (" + subject.digest() + ") is not in the store");
            }
            if (!Digest.sha256(blob.get().content()).equals(subject.digest())) {
                return fail(
                        entry,
                        kind,
                        EntryReason.SUBJECT_DIGEST_MISMATCH,
                        subject.name() + " no longer hashes to " + subject.digest());
            }
        }
        DecisionRecord decision = null;
        if (kind.equals("decision")) {
            try {
                decision = DecisionPredicate.read(entry.seq(), statement);
            } catch (RuntimeException e) {
                return fail(entry, kind, EntryReason.STATEMENT_INVALID, e.getMessage());
            }
        }
        return new EntryVerdict(entry.seq(), kind, EntryReason.OK, null, decision);
    }

    private static EntryVerdict fail(ChainEntry entry, String kind, EntryReason reason, String detail) {
        return new EntryVerdict(entry.seq(), kind, reason, detail, null);
    }
}
