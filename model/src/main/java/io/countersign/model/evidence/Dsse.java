package io.countersign.model.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/** DSSE v1 signing and verification over the pre-authentication encoding (PAE). */
public final class Dsse {

    private Dsse() {}

    /** PAE(type, body) = "DSSEv1" SP len(type) SP type SP len(body) SP body; lengths in bytes. */
    public static byte[] pae(String payloadType, byte[] payload) {
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(payload, "payload");
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + type.length + payload.length);
        out.writeBytes(("DSSEv1 " + type.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(type);
        out.writeBytes((" " + payload.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /**
     * Signs a payload into a one-signature envelope. A JSON payload must already be canonical:
     * signing anything else would produce evidence that verifiers refuse.
     */
    public static DsseEnvelope sign(String payloadType, byte[] payload, SigningKey key) {
        Objects.requireNonNull(key, "key");
        if (isJsonType(payloadType)) {
            CanonicalJson.requireCanonical(payload);
        }
        byte[] sig = key.sign(pae(payloadType, payload));
        return new DsseEnvelope(
                payloadType, payload, new DsseSignature(key.keyId().toString(), sig));
    }

    /** Checks an envelope against the key expected to have signed it. */
    public static DsseVerdict verify(DsseEnvelope envelope, VerificationKey key) {
        DsseVerdict signature = verifySignature(envelope, key);
        if (!signature.isValid()) {
            return signature;
        }
        if (isJsonType(envelope.payloadType())) {
            try {
                CanonicalJson.requireCanonical(envelope.payload());
            } catch (CanonicalJsonException e) {
                return new DsseVerdict(DsseReason.PAYLOAD_NOT_CANONICAL, "payload " + e.getMessage());
            }
        }
        return DsseVerdict.valid();
    }

    /**
     * {@link #verify(DsseEnvelope, VerificationKey)} without the payload's canonical-form check,
     * for callers that go on to parse the payload with a parser that makes that check itself
     * ({@link InTotoStatement#parse}), so the payload is parsed once.
     */
    public static DsseVerdict verifySignature(DsseEnvelope envelope, VerificationKey key) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(key, "key");
        DsseSignature signature = envelope.signature();
        byte[] sig = signature.sig();
        if (sig.length != VerificationKey.SIGNATURE_LENGTH) {
            return new DsseVerdict(DsseReason.SIGNATURE_LENGTH, "signature is " + sig.length + " bytes, not 64");
        }
        if (!signature.keyId().equals(key.keyId().toString())) {
            return new DsseVerdict(
                    DsseReason.KEY_MISMATCH, "envelope names key " + signature.keyId() + ", expected " + key.keyId());
        }
        byte[] payload = envelope.payload();
        if (!key.verify(pae(envelope.payloadType(), payload), sig)) {
            return new DsseVerdict(DsseReason.SIGNATURE_INVALID, "signature does not verify");
        }
        return DsseVerdict.valid();
    }

    /** Parses envelope bytes strictly, then verifies; a refused parse becomes its verdict. */
    public static DsseVerdict verify(byte[] envelopeJson, VerificationKey key) {
        DsseEnvelope envelope;
        try {
            envelope = DsseEnvelope.parse(envelopeJson);
        } catch (EnvelopeFormatException e) {
            return new DsseVerdict(e.reason(), e.getMessage());
        }
        return verify(envelope, key);
    }

    /** JSON media types, whose payloads must be canonical. */
    static boolean isJsonType(String payloadType) {
        String type = payloadType.strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }
}
