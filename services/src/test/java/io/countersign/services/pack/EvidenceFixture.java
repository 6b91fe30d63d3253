package io.countersign.services.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.evidence.StatementSubject;
import io.countersign.model.store.ChainEntry;
import io.countersign.model.store.ChainEntryKind;
import io.countersign.model.store.EntrySummary;
import io.countersign.model.store.NewChainEntry;
import io.countersign.persistence.ContentDigest;
import io.countersign.persistence.Workspace;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in for the decision service until it lands: registers two approvers and an exporter,
 * stores the reviewed blobs and appends decisions shaped as docs/evidence.md describes. Keys
 * come from a seeded generator, so two fixtures built alike hold byte-identical evidence.
 */
final class EvidenceFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant KEYS_FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final String SNAPSHOT = "{\"format\":\"countersign.snapshot/v1\",\"id\":\"snap-1\",\"systems\":"
            + "[{\"id\":\"erp\"},{\"id\":\"crm\"}],\"entitlements\":[{\"id\":\"erp.ap.approve\",\"system\":\"erp\"},"
            + "{\"id\":\"crm.export\",\"system\":\"crm\"}],\"roles\":[{\"id\":\"r-sales\",\"entitlements\":[\"crm.export\"]}]}";
    static final String POLICY = "{\"format\":\"countersign.policy/v1\",\"id\":\"pol-1\",\"version\":\"3\"}";

    final Workspace workspace;
    final SigningKey lee;
    final SigningKey kim;
    final SigningKey auditor;

    EvidenceFixture(Workspace workspace) {
        this.workspace = workspace;
        SecureRandom random = seeded();
        this.lee = register("u-lee", "Lee Park", SigningKey.generate(random));
        this.kim = register("u-kim", "Kim Osei", SigningKey.generate(random));
        this.auditor = register("u-audit", "Ava Auditor", SigningKey.generate(random));
    }

    /** Four decisions: Lee on the ERP draft (Feb 1), Kim on the CRM draft (Feb 2), Lee on CRM (Mar 5), Kim on ERP (Mar 6). */
    EvidenceFixture standardHistory() {
        decide(lee, "u-lee", "Lee Park", erpDraft(), "approve", null, Instant.parse("2026-02-01T09:00:00Z"));
        decide(
                kim,
                "u-kim",
                "Kim Osei",
                crmDraft(),
                "reject",
                "=cmd|' /C calc'!A0",
                Instant.parse("2026-02-02T09:00:00Z"));
        decide(
                lee,
                "u-lee",
                "Lee Park",
                crmDraft(),
                "request-changes",
                "narrow it <b>please</b>",
                Instant.parse("2026-03-05T09:00:00Z"));
        decide(kim, "u-kim", "Kim Osei", erpDraft(), "approve", "+covers leave", Instant.parse("2026-03-06T09:00:00Z"));
        return this;
    }

    static String erpDraft() {
        return "{\"format\":\"countersign.draft/v1\",\"id\":\"d-erp\",\"revision\":1,\"kind\":\"access-change\","
                + "\"title\":\"AP cover\","
                + "\"createdAt\":\"2026-01-30T09:00:00Z\",\"drafter\":{\"agent\":\"Access Assistant\",\"model\":\"m\"},"
                + "\"initiatedBy\":\"u-req\",\"requester\":\"u-req\",\"request\":{\"text\":\"t\"},\"recommendation\":\"approve\","
                + "\"changes\":[{\"identity\":\"u-ana\",\"add\":[{\"entitlement\":\"erp.ap.approve\"}]}]}";
    }

    static String crmDraft() {
        return "{\"format\":\"countersign.draft/v1\",\"id\":\"d-crm\",\"revision\":2,\"kind\":\"access-change\","
                + "\"title\":\"Sales export\","
                + "\"createdAt\":\"2026-01-30T09:00:00Z\",\"drafter\":{\"agent\":\"Access Assistant\",\"model\":\"m\"},"
                + "\"initiatedBy\":\"u-req\",\"requester\":\"u-req\",\"request\":{\"text\":\"t\"},\"recommendation\":\"approve\","
                + "\"changes\":[{\"identity\":\"u-bo\",\"add\":[{\"role\":\"r-sales\"}]}]}";
    }

    ChainEntry decide(
            SigningKey key,
            String approverId,
            String approverName,
            String draftJson,
            String outcome,
            String justification,
            Instant decidedAt) {
        ObjectNode draft = (ObjectNode) CanonicalJson.parse(draftJson.getBytes(StandardCharsets.UTF_8));
        String draftId = draft.get("id").textValue();
        int revision = draft.get("revision").intValue();
        List<StatementSubject> subjects = new ArrayList<>();
        subjects.add(blob("draft/" + draftId + "/r" + revision, "draft", draftJson));
        subjects.add(blob("snapshot/snap-1", "snapshot", SNAPSHOT));
        subjects.add(blob("policy/pol-1", "policy", POLICY));
        subjects.add(blob("findings/" + draftId + "/r" + revision, "findings", "[]"));
        return workspace.evidenceChain().appendNext(position -> {
            ObjectNode p = JSON.createObjectNode();
            p.put("seq", position.seq());
            p.put(
                    "prevEntryHash",
                    position.prevEntryHash() == null
                            ? Digest.ZERO.toString()
                            : new Digest(position.prevEntryHash()).toString());
            p.putObject("draft")
                    .put("id", draftId)
                    .put("revision", revision)
                    .put("kind", draft.get("kind").textValue())
                    .put("title", draft.get("title").textValue());
            p.put("outcome", outcome);
            p.putArray("lineItems");
            p.put("justification", justification);
            p.putArray("mitigations");
            p.putArray("acknowledgedFindings");
            p.putObject("findingsShown").put("count", 0).putNull("highestSeverity");
            p.putObject("assistant")
                    .put("agent", "Access Assistant")
                    .put("model", "m-1")
                    .put("recommendation", "approve")
                    .put("confidence", 0.8)
                    .put("diverged", !"approve".equals(outcome));
            p.putObject("approver")
                    .put("id", approverId)
                    .put("name", approverName)
                    .put("keyId", key.keyId().toString());
            p.putObject("quorum").put("needed", 1).putArray("approvalsBefore");
            p.put("openedAt", decidedAt.minusSeconds(95).toString());
            p.put("decidedAt", decidedAt.toString());
            p.put("timeOnTaskSeconds", 95);
            p.put("appVersion", "0.1.0");
            p.put("workspace", "evidence");
            InTotoStatement statement = new InTotoStatement(subjects, InTotoStatement.DECISION_PREDICATE_TYPE, p);
            byte[] envelope = Dsse.sign(InTotoStatement.PAYLOAD_TYPE, statement.toCanonicalJson(), key)
                    .toCanonicalJson();
            return new NewChainEntry(
                    ChainEntryKind.DECISION,
                    envelope,
                    ContentDigest.sha256Hex(envelope),
                    new EntrySummary(draftId, revision, approverId, outcome));
        });
    }

    private StatementSubject blob(String name, String mediaType, String json) {
        byte[] canonical = CanonicalJson.canonicalize(json.getBytes(StandardCharsets.UTF_8));
        workspace.blobs().put(mediaType, canonical);
        return new StatementSubject(name, Digest.sha256(canonical));
    }

    private SigningKey register(String owner, String name, SigningKey key) {
        workspace.signingKeys().register(owner, name, key.verificationKey().toSpkiDer(), KEYS_FROM);
        return key;
    }

    /** The exporter keys an export asks for: the auditor's, or nothing. */
    ExporterKeys exporterKeys() {
        return owner -> {
            if (!owner.equals("u-audit")) {
                throw new IllegalArgumentException("no key for " + owner);
            }
            return auditor;
        };
    }

    private static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed("countersign-pack-fixture".getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
