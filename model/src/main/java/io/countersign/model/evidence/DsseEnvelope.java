package io.countersign.model.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

/**
 * A DSSE v1 envelope with exactly one signature. Its JSON form is written in RFC 8785 canonical
 * form so that the stored bytes, and so the chain's entry hashes, are deterministic.
 */
public record DsseEnvelope(String payloadType, byte[] payload, DsseSignature signature) {

    private static final Set<String> ENVELOPE_FIELDS = Set.of("payload", "payloadType", "signatures");
    private static final Set<String> SIGNATURE_FIELDS = Set.of("keyid", "sig");

    public DsseEnvelope {
        Objects.requireNonNull(payloadType, "payloadType");
        payload = Objects.requireNonNull(payload, "payload").clone();
        Objects.requireNonNull(signature, "signature");
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The canonical JSON bytes to store, hash and ship. */
    public byte[] toCanonicalJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode sig = nodes.objectNode()
                .put("keyid", signature.keyId())
                .put("sig", Base64.getEncoder().encodeToString(signature.sig()));
        ObjectNode envelope = nodes.objectNode()
                .put("payload", Base64.getEncoder().encodeToString(payload))
                .put("payloadType", payloadType);
        envelope.putArray("signatures").add(sig);
        return CanonicalJson.canonicalize(envelope);
    }

    /**
     * Parses envelope bytes strictly: canonical JSON, no unknown or duplicate fields, exactly one
     * signature, canonical padded standard base64, a 64-byte signature.
     */
    public static DsseEnvelope parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = CanonicalJson.parse(json);
        } catch (CanonicalJsonException e) {
            throw malformed("envelope is not strict JSON: " + e.getMessage(), e);
        }
        requireFields(root, ENVELOPE_FIELDS, "envelope");
        String payloadType = text(root, "payloadType");
        if (payloadType.isEmpty()) {
            throw malformed("payloadType is empty", null);
        }
        byte[] payload = base64(text(root, "payload"), "payload");
        JsonNode signatures = root.get("signatures");
        if (!signatures.isArray() || signatures.size() != 1) {
            throw malformed("envelope must carry exactly one signature", null);
        }
        JsonNode sig = signatures.get(0);
        requireFields(sig, SIGNATURE_FIELDS, "signature");
        String keyId = text(sig, "keyid");
        if (keyId.isEmpty()) {
            throw malformed("keyid is empty", null);
        }
        byte[] sigBytes = base64(text(sig, "sig"), "sig");
        if (sigBytes.length != VerificationKey.SIGNATURE_LENGTH) {
            throw new EnvelopeFormatException(
                    DsseReason.SIGNATURE_LENGTH, "signature is " + sigBytes.length + " bytes, not 64");
        }
        try {
            CanonicalJson.requireCanonical(json, root);
        } catch (CanonicalJsonException e) {
            throw new EnvelopeFormatException(DsseReason.ENVELOPE_NOT_CANONICAL, "envelope " + e.getMessage(), e);
        }
        return new DsseEnvelope(payloadType, payload, new DsseSignature(keyId, sigBytes));
    }

    private static void requireFields(JsonNode node, Set<String> expected, String what) {
        if (!node.isObject()) {
            throw malformed(what + " is not a JSON object", null);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!expected.contains(name)) {
                throw malformed(what + " has unknown field \"" + name + "\"", null);
            }
        }
        for (String name : expected) {
            if (!node.has(name)) {
                throw malformed(what + " lacks field \"" + name + "\"", null);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw malformed("\"" + field + "\" is not a string", null);
        }
        return value.textValue();
    }

    /** Standard alphabet, padded, nothing else: decoding then re-encoding must give the input. */
    private static byte[] base64(String text, String field) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw malformed("\"" + field + "\" is not standard base64", e);
        }
        if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
            throw malformed("\"" + field + "\" is not canonical padded standard base64", null);
        }
        return decoded;
    }

    private static EnvelopeFormatException malformed(String message, Throwable cause) {
        return new EnvelopeFormatException(DsseReason.MALFORMED_ENVELOPE, message, cause);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DsseEnvelope that
                && payloadType.equals(that.payloadType)
                && Arrays.equals(payload, that.payload)
                && signature.equals(that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payloadType, Arrays.hashCode(payload), signature);
    }

    @Override
    public String toString() {
        return "DsseEnvelope[payloadType=" + payloadType + ", payload=" + payload.length + " bytes, " + signature + "]";
    }
}
