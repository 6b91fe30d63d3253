package io.countersign.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.ChainLink;
import io.countersign.model.evidence.Digest;
import java.util.Set;

/** One line of {@code data/chain.jsonl}: an entry's place in the chain, whether or not it is selected. */
public record ChainLine(long seq, String kind, Digest entryHash, Digest prevEntryHash) {

    private static final Set<String> FIELDS = Set.of("seq", "kind", "entryHash", "prevEntryHash");

    public ChainLink link() {
        return new ChainLink(seq, prevEntryHash, entryHash);
    }

    /** Canonical JSON, no newline. */
    public byte[] toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("seq", seq);
        node.put("kind", kind);
        node.put("entryHash", entryHash.toString());
        node.put("prevEntryHash", prevEntryHash.toString());
        return CanonicalJson.canonicalize(node);
    }

    /** Parses one canonical line; anything else is an {@link IllegalArgumentException} naming the problem. */
    public static ChainLine parse(byte[] line) {
        JsonNode node = CanonicalJson.parseCanonical(line);
        if (!node.isObject() || node.size() != FIELDS.size()) {
            throw new IllegalArgumentException("a chain line has exactly seq, kind, entryHash and prevEntryHash");
        }
        for (String field : FIELDS) {
            if (!node.has(field)) {
                throw new IllegalArgumentException("a chain line lacks " + field);
            }
        }
        if (!node.get("seq").isIntegralNumber()
                || node.get("seq").longValue() < 1
                || !node.get("kind").isTextual()
                || !node.get("entryHash").isTextual()
                || !node.get("prevEntryHash").isTextual()) {
            throw new IllegalArgumentException("a chain line has the wrong types");
        }
        return new ChainLine(
                node.get("seq").longValue(),
                node.get("kind").textValue(),
                Digest.parse(node.get("entryHash").textValue()),
                Digest.parse(node.get("prevEntryHash").textValue()));
    }
}
