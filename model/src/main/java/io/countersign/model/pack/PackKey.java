package io.countersign.model.pack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.Digest;
import java.time.Instant;
import java.util.Objects;

/**
 * A public key as listed in {@code data/keys.json}: who held it and when it was valid (from
 * inclusive, to exclusive; no end while current). The PEM itself is {@code data/keys/<hex>.pem}.
 */
public record PackKey(Digest keyId, String owner, String name, Instant validFrom, Instant validTo) {

    public PackKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(validFrom) && (validTo == null || instant.isBefore(validTo));
    }

    public String pemPath() {
        return PackLayout.keyPath(keyId.hex());
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("keyId", keyId.toString());
        node.put("owner", owner);
        node.put("name", name);
        node.put("validFrom", validFrom.toString());
        node.put("validTo", validTo == null ? null : validTo.toString());
        node.put("file", pemPath());
        return node;
    }
}
