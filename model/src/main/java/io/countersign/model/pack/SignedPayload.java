package io.countersign.model.pack;

import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.DsseReason;
import io.countersign.model.evidence.DsseVerdict;
import io.countersign.model.evidence.EnvelopeFormatException;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.StatementFormatException;
import java.util.List;
import java.util.Optional;

/** Opens a DSSE envelope from the pack: strict parse, the key it names from keys.json, signature, statement. */
record SignedPayload(InTotoStatement statement, PackKeys.Entry key) {

    /** The verified statement, or empty after adding the reason to {@code issues}. */
    static Optional<SignedPayload> open(byte[] bytes, String where, PackKeys keys, List<PackIssue> issues) {
        DsseEnvelope envelope;
        try {
            envelope = DsseEnvelope.parse(bytes);
        } catch (EnvelopeFormatException e) {
            issues.add(new PackIssue(
                    e.reason() == DsseReason.SIGNATURE_LENGTH
                            ? PackReason.SIGNATURE_INVALID
                            : PackReason.RECORD_MALFORMED,
                    where,
                    e.getMessage()));
            return Optional.empty();
        }
        String keyId = envelope.signature().keyId();
        Optional<PackKeys.Entry> key = keys.find(keyId);
        if (key.isEmpty()) {
            issues.add(new PackIssue(
                    PackReason.KEY_NOT_VALID, where, "signed with " + keyId + ", which keys.json does not list"));
            return Optional.empty();
        }
        // The payload's canonical form is checked once, by InTotoStatement.parse below.
        DsseVerdict verdict = Dsse.verifySignature(envelope, key.get().verificationKey());
        if (!verdict.isValid()) {
            issues.add(new PackIssue(
                    verdict.reason() == DsseReason.PAYLOAD_NOT_CANONICAL
                            ? PackReason.RECORD_MALFORMED
                            : PackReason.SIGNATURE_INVALID,
                    where,
                    verdict.detail()));
            return Optional.empty();
        }
        if (!InTotoStatement.PAYLOAD_TYPE.equals(envelope.payloadType())) {
            issues.add(new PackIssue(
                    PackReason.RECORD_MALFORMED,
                    where,
                    "payloadType is " + envelope.payloadType() + ", not " + InTotoStatement.PAYLOAD_TYPE));
            return Optional.empty();
        }
        try {
            return Optional.of(new SignedPayload(InTotoStatement.parse(envelope.payload()), key.get()));
        } catch (StatementFormatException e) {
            issues.add(new PackIssue(PackReason.RECORD_MALFORMED, where, e.getMessage()));
            return Optional.empty();
        }
    }
}
