package io.countersign.gate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.VerificationKey;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An approver's public key as a provisioning system pins it: whose it is and when it may sign. The
 * key id is the SHA-256 of the key's SubjectPublicKeyInfo, checked on reading, so a file cannot
 * name one key and carry another.
 */
public record AnchorKey(
        Digest keyId, String owner, String name, VerificationKey key, Instant validFrom, Instant validTo) {

    private static final Set<String> FIELDS = Set.of("keyId", "owner", "name", "publicKey", "validFrom", "validTo");

    public AnchorKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(validFrom, "validFrom");
        if (!key.keyId().equals(keyId)) {
            throw new IllegalArgumentException(
                    "key id " + keyId + " does not match its public key (" + key.keyId() + ")");
        }
    }

    /** The key may sign at {@code instant}: from its start, and before its retirement if it has one. */
    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(validFrom) && (validTo == null || instant.isBefore(validTo));
    }

    static AnchorKey read(SourceNode node) throws FormatException {
        node.expectObject("a key");
        node.onlyFields(FIELDS);
        SourceNode keyIdNode = node.field("keyId");
        Digest keyId;
        try {
            keyId = Digest.parse(keyIdNode.asText());
        } catch (IllegalArgumentException e) {
            throw keyIdNode.error("expected a key id such as sha256:<64 hex digits>");
        }
        SourceNode pem = node.field("publicKey");
        VerificationKey key;
        try {
            key = VerificationKey.fromPem(pem.asText());
        } catch (IllegalArgumentException e) {
            throw pem.error("expected an Ed25519 public key in PEM: " + e.getMessage());
        }
        if (!key.keyId().equals(keyId)) {
            throw keyIdNode.error(
                    "key id " + keyId + " is not the SHA-256 of the public key given (" + key.keyId() + ")");
        }
        return new AnchorKey(
                keyId,
                node.field("owner").asId(),
                node.optionalText("name"),
                key,
                node.instant("validFrom"),
                node.optionalInstant("validTo"));
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("keyId", keyId.toString());
        json.put("owner", owner);
        json.put("name", name);
        json.put("publicKey", key.toPem());
        json.put("validFrom", validFrom.toString());
        json.put("validTo", validTo == null ? null : validTo.toString());
        return json;
    }
}
