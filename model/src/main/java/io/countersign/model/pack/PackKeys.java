package io.countersign.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.VerificationKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys a pack ships: {@code data/keys.json} joined with the PEM files, each checked against its id. */
final class PackKeys {

    record Entry(PackKey key, VerificationKey verificationKey) {}

    private final Map<String, Entry> byKeyId;

    private PackKeys(Map<String, Entry> byKeyId) {
        this.byKeyId = byKeyId;
    }

    Optional<Entry> find(String keyId) {
        return Optional.ofNullable(byKeyId.get(keyId));
    }

    /** Reads what it can; every problem becomes an issue and that key is left out. */
    static PackKeys read(Map<String, byte[]> bag, List<PackIssue> issues) {
        Map<String, Entry> keys = new HashMap<>();
        byte[] json = bag.get(PackLayout.KEYS_JSON);
        if (json == null) {
            return new PackKeys(keys);
        }
        JsonNode list;
        try {
            JsonNode root = CanonicalJson.parseCanonical(json);
            list = root.path("keys");
            if (!"countersign.pack-keys/v1".equals(root.path("format").asText()) || !list.isArray()) {
                throw new IllegalArgumentException("not countersign.pack-keys/v1 with a keys array");
            }
        } catch (RuntimeException e) {
            issues.add(new PackIssue(PackReason.RECORD_MALFORMED, PackLayout.KEYS_JSON, e.getMessage()));
            return new PackKeys(keys);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode k = list.get(i);
            String where = PackLayout.KEYS_JSON + "#/keys/" + i;
            try {
                PackKey key = new PackKey(
                        Digest.parse(k.path("keyId").asText()),
                        text(k, "owner"),
                        text(k, "name"),
                        Instant.parse(text(k, "validFrom")),
                        k.path("validTo").isNull() ? null : Instant.parse(text(k, "validTo")));
                byte[] pem = bag.get(key.pemPath());
                if (pem == null) {
                    issues.add(new PackIssue(PackReason.ENTRY_MISSING, key.pemPath(), "key listed in keys.json"));
                    continue;
                }
                VerificationKey verificationKey = VerificationKey.fromPem(new String(pem, StandardCharsets.US_ASCII));
                if (!verificationKey.keyId().equals(key.keyId())) {
                    issues.add(new PackIssue(
                            PackReason.KEY_NOT_VALID,
                            key.pemPath(),
                            "holds the key " + verificationKey.keyId() + ", not " + key.keyId()));
                    continue;
                }
                if (keys.putIfAbsent(key.keyId().toString(), new Entry(key, verificationKey)) != null) {
                    issues.add(new PackIssue(PackReason.RECORD_MALFORMED, where, "lists " + key.keyId() + " twice"));
                }
            } catch (RuntimeException e) {
                issues.add(new PackIssue(PackReason.RECORD_MALFORMED, where, String.valueOf(e.getMessage())));
            }
        }
        return new PackKeys(keys);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.textValue();
    }
}
