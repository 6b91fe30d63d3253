package io.countersign.gate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys a provisioning system trusts to approve changes ({@code countersign.trust/v1}), exported
 * once from the workspace with {@code countersign trust export} and pinned beside the provisioner.
 * A decision counts only if its key is one of these, owned by the approver the record names, and
 * valid when it was signed.
 */
public record TrustAnchors(String source, Instant issuedAt, List<AnchorKey> keys) {

    public static final String FORMAT = "countersign.trust/v1";
    private static final Set<String> FIELDS = Set.of("format", "source", "issuedAt", "keys");

    public TrustAnchors {
        keys = List.copyOf(keys);
    }

    public Optional<AnchorKey> find(Digest keyId) {
        return keys.stream().filter(key -> key.keyId().equals(keyId)).findFirst();
    }

    /** Reads a trust file strictly; errors name the file, line:column and JSON pointer. */
    public static TrustAnchors read(String source, byte[] json) throws FormatException {
        SourceNode root = SourceTreeReader.read(source, json, SourceTreeReader.Syntax.JSON);
        root.expectObject("a trust anchors document");
        root.onlyFields(FIELDS);
        SourceNode format = root.field("format");
        if (!FORMAT.equals(format.asText())) {
            throw format.error("expected \"" + FORMAT + "\"");
        }
        List<AnchorKey> keys = root.list("keys", AnchorKey::read);
        Map<Digest, SourceNode> seen = new LinkedHashMap<>();
        List<SourceNode> items = root.field("keys").arrayItems("keys");
        for (int i = 0; i < keys.size(); i++) {
            if (seen.put(keys.get(i).keyId(), items.get(i)) != null) {
                throw items.get(i).error("key " + keys.get(i).keyId() + " is listed twice");
            }
        }
        if (keys.isEmpty()) {
            throw root.field("keys").error("no keys: a gate with nothing to trust would refuse everything");
        }
        return new TrustAnchors(root.optionalText("source"), root.instant("issuedAt"), keys);
    }

    /** The document's canonical bytes, as {@code trust export} writes them. */
    public byte[] toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("source", source);
        root.put("issuedAt", issuedAt.toString());
        ArrayNode array = root.putArray("keys");
        keys.forEach(key -> array.add(key.toJson()));
        return CanonicalJson.canonicalize(root);
    }
}
