package io.countersign.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.InTotoStatement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The exporter's predicate ({@code https://countersign.io/pack/v1}) over every data file.
 *
 * @param selection      the selection as signed (see {@link PackSelection#toJson()})
 * @param chainFirstSeq  first seq in chain.jsonl, null for an empty chain
 * @param chainLastSeq   last seq in chain.jsonl, null for an empty chain
 * @param headEntryHash  entry hash of the last chain entry, null for an empty chain
 * @param seqs           seqs of the decision envelopes in the pack, ascending
 */
public record PackStatement(
        ObjectNode selection,
        Instant exportedAt,
        String exporterId,
        String exporterName,
        String exporterKeyId,
        Long chainFirstSeq,
        Long chainLastSeq,
        Digest headEntryHash,
        List<Long> seqs) {

    public static final String PREDICATE_TYPE = "https://countersign.io/pack/v1";

    public PackStatement {
        selection = selection.deepCopy();
        seqs = List.copyOf(seqs);
    }

    @Override
    public ObjectNode selection() {
        return selection.deepCopy();
    }

    public ObjectNode toPredicate() {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.set("selection", selection.deepCopy());
        p.put("exportedAt", exportedAt.toString());
        ObjectNode exporter = p.putObject("exporter");
        exporter.put("id", exporterId);
        exporter.put("name", exporterName);
        exporter.put("keyId", exporterKeyId);
        ObjectNode chain = p.putObject("chain");
        chain.put("firstSeq", chainFirstSeq);
        chain.put("lastSeq", chainLastSeq);
        chain.put("headEntryHash", headEntryHash == null ? null : headEntryHash.toString());
        ObjectNode entries = p.putObject("entries");
        entries.put("count", seqs.size());
        seqs.forEach(entries.putArray("seqs")::add);
        return p;
    }

    /** Reads the predicate of a pack statement; wrong type or shape is a {@link PackFormatException}. */
    public static PackStatement of(InTotoStatement statement) {
        if (!PREDICATE_TYPE.equals(statement.predicateType())) {
            throw new PackFormatException("predicateType is " + statement.predicateType() + ", not " + PREDICATE_TYPE);
        }
        JsonNode p = statement.predicate();
        try {
            JsonNode chain = p.path("chain");
            JsonNode head = chain.path("headEntryHash");
            List<Long> seqs = new ArrayList<>();
            JsonNode seqArray = p.path("entries").path("seqs");
            if (!seqArray.isArray() || p.path("entries").path("count").asLong(-1) != seqArray.size()) {
                throw new IllegalArgumentException("entries.seqs must be an array of entries.count seqs");
            }
            for (JsonNode seq : seqArray) {
                if (!seq.isIntegralNumber()) {
                    throw new IllegalArgumentException("entries.seqs holds a non-integer");
                }
                seqs.add(seq.longValue());
            }
            if (!p.path("selection").isObject()) {
                throw new IllegalArgumentException("selection must be an object");
            }
            return new PackStatement(
                    (ObjectNode) p.path("selection"),
                    Instant.parse(text(p, "exportedAt")),
                    text(p.path("exporter"), "id"),
                    text(p.path("exporter"), "name"),
                    text(p.path("exporter"), "keyId"),
                    chain.path("firstSeq").isIntegralNumber()
                            ? chain.path("firstSeq").longValue()
                            : null,
                    chain.path("lastSeq").isIntegralNumber()
                            ? chain.path("lastSeq").longValue()
                            : null,
                    head.isTextual() ? Digest.parse(head.textValue()) : null,
                    seqs);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PackFormatException("pack predicate: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.textValue();
    }
}
