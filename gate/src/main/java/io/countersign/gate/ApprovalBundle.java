package io.countersign.gate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceJson;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The evidence for one draft revision that provisioning checks before it acts
 * ({@code countersign.approval/v1}): the DSSE envelopes of every decision on the draft (any
 * revision, so a later one shows), and the registrations of the keys that signed them. Nothing in
 * the bundle is trusted for itself: the gate verifies every envelope against the pinned anchors,
 * and reads draft, revision and digest only from signed statements.
 *
 * @param draftId the draft the bundle was exported for (a label; the signed records decide)
 * @param revision the draft's latest revision in the store when exported
 * @param draftDigest the digest of that revision's canonical bytes, as the store held it
 * @param approversNeeded how many approvers the store's current analysis asks for (the risk can
 *     rise after an approval, with a new snapshot or policy); the gate takes the larger of this and
 *     what the signed records say, so the header can only raise the requirement
 */
public record ApprovalBundle(
        String draftId,
        int revision,
        Digest draftDigest,
        int approversNeeded,
        Instant exportedAt,
        List<DsseEnvelope> envelopes,
        List<AnchorKey> keys) {

    public static final String FORMAT = "countersign.approval/v1";
    private static final Set<String> FIELDS = Set.of("format", "draft", "exportedAt", "decisions", "keys");
    private static final Set<String> DRAFT_FIELDS = Set.of("id", "revision", "digest", "approversNeeded");

    public ApprovalBundle {
        envelopes = List.copyOf(envelopes);
        keys = List.copyOf(keys);
    }

    /** Reads a bundle strictly; errors name the file, line:column and JSON pointer. */
    public static ApprovalBundle read(String source, byte[] json) throws FormatException {
        SourceNode root = SourceTreeReader.read(source, json, SourceTreeReader.Syntax.JSON);
        root.expectObject("an approval bundle");
        root.onlyFields(FIELDS);
        SourceNode format = root.field("format");
        if (!FORMAT.equals(format.asText())) {
            throw format.error("expected \"" + FORMAT + "\"");
        }
        SourceNode draft = root.field("draft").expectObject("the draft the bundle is for");
        draft.onlyFields(DRAFT_FIELDS);
        SourceNode digest = draft.field("digest");
        Digest draftDigest;
        try {
            draftDigest = Digest.parse(digest.asText());
        } catch (IllegalArgumentException e) {
            throw digest.error("expected a digest such as sha256:<64 hex digits>");
        }
        List<DsseEnvelope> envelopes = new ArrayList<>();
        for (SourceNode envelope : root.field("decisions").arrayItems("decisions")) {
            envelopes.add(envelope(envelope));
        }
        return new ApprovalBundle(
                draft.field("id").asId(),
                draft.integer("revision", 1, Integer.MAX_VALUE),
                draftDigest,
                draft.integer("approversNeeded", 1, 1_000),
                root.instant("exportedAt"),
                envelopes,
                root.list("keys", AnchorKey::read));
    }

    private static DsseEnvelope envelope(SourceNode node) throws FormatException {
        node.expectObject("a DSSE envelope");
        try {
            return DsseEnvelope.parse(CanonicalJson.canonicalize(SourceJson.toJson(node)));
        } catch (RuntimeException e) {
            throw node.error("not a DSSE envelope with one signature: " + e.getMessage());
        }
    }

    /** The document's canonical bytes, as {@code export --draft} writes them. */
    public byte[] toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        ObjectNode draft = root.putObject("draft");
        draft.put("id", draftId);
        draft.put("revision", revision);
        draft.put("digest", draftDigest.toString());
        draft.put("approversNeeded", approversNeeded);
        root.put("exportedAt", exportedAt.toString());
        ArrayNode decisions = root.putArray("decisions");
        envelopes.forEach(envelope -> decisions.add(CanonicalJson.parse(envelope.toCanonicalJson())));
        ArrayNode array = root.putArray("keys");
        keys.forEach(key -> array.add(key.toJson()));
        return CanonicalJson.canonicalize(root);
    }
}
