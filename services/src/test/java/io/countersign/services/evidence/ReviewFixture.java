package io.countersign.services.evidence;

import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.DraftReader;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.PolicyReader;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import io.countersign.persistence.Workspace;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A small organisation in a workspace: a finance team, an ERP with a vendor/payment conflict, and
 * drafts as the tests need them. Inputs are stored as canonical JSON blobs, as import does.
 */
final class ReviewFixture {
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final Workspace workspace;
    final Snapshot snapshot;
    final Digest snapshotDigest;
    final Policy policy;
    final Digest policyDigest;

    ReviewFixture(Workspace workspace) throws FormatException {
        this.workspace = workspace;
        String snapshotJson = """
                {"format": "countersign.snapshot/v1", "id": "snap-1", "takenAt": "2026-11-20T00:00:00Z",
                 "identities": [
                   {"id": "u-ana", "name": "Ana Ruiz", "kind": "human", "orgUnit": "finance", "manager": "u-max"},
                   {"id": "u-ben", "name": "Ben Okafor", "kind": "human", "orgUnit": "finance", "manager": "u-max"},
                   {"id": "u-cy", "name": "Cy Adams", "kind": "human", "orgUnit": "finance", "manager": "u-max"},
                   {"id": "u-max", "name": "Max Lind", "kind": "human", "orgUnit": "finance"},
                   {"id": "u-kim", "name": "Kim Sato", "kind": "human", "orgUnit": "security"},
                   {"id": "u-lee", "name": "Lee Park", "kind": "human", "orgUnit": "security"},
                   {"id": "bot-1", "name": "Drafting agent", "kind": "ai-agent", "owner": "u-kim"}],
                 "systems": [{"id": "erp", "name": "ERP", "owner": "u-max"}],
                 "entitlements": [
                   {"id": "erp.report-read", "system": "erp", "sensitivity": "low", "owner": "u-max"},
                   {"id": "erp.vendor-create", "system": "erp", "sensitivity": "high", "owner": "u-max"},
                   {"id": "erp.payment-approve", "system": "erp", "sensitivity": "high", "owner": "u-max"}],
                 "assignments": [
                   {"identity": "u-ana", "entitlement": "erp.vendor-create", "grantedAt": "2026-10-01T00:00:00Z",
                    "lastUsedAt": "2026-11-19T00:00:00Z"},
                   {"identity": "u-ben", "entitlement": "erp.report-read", "grantedAt": "2026-10-01T00:00:00Z",
                    "lastUsedAt": "2026-11-19T00:00:00Z"},
                   {"identity": "u-cy", "entitlement": "erp.report-read", "grantedAt": "2026-10-01T00:00:00Z",
                    "lastUsedAt": "2026-11-19T00:00:00Z"}]}
                """;
        String policyJson = """
                {"format": "countersign.policy/v1", "id": "pol-1", "version": "1",
                 "sod": [{"id": "sod-vendor-pay", "name": "Create vendors vs approve payments", "severity": "high",
                          "left": {"label": "create vendors", "anyOf": ["erp.vendor-create"]},
                          "right": {"label": "approve payments", "anyOf": ["erp.payment-approve"]},
                          "mitigations": ["ctl-review"]}],
                 "mitigatingControls": [
                   {"id": "ctl-review", "name": "Weekly payment review", "owner": "u-max", "validFrom": "2026-01-01", "validTo": "2027-06-30"},
                   {"id": "ctl-old", "name": "Retired check", "owner": "u-max", "validFrom": "2025-01-01", "validTo": "2025-12-31"}],
                 "approval": {"stepUp": [{"atOrAbove": "high", "approvers": 2}],
                              "domains": [{"approver": "u-kim", "systems": ["erp"]}, {"approver": "u-lee", "systems": ["erp"]},
                                          {"approver": "u-max", "systems": ["erp"]}]}}
                """;
        snapshot = SnapshotReader.read(tree(snapshotJson));
        snapshotDigest = store("snapshot", snapshotJson);
        policy = PolicyReader.read(tree(policyJson));
        policyDigest = store("policy", policyJson);
    }

    /** A draft granting {@code entitlement} to {@code identity}, requested by u-max. */
    static String draftJson(String id, int revision, String identity, String entitlement, String expiresAt) {
        return """
                {"format": "countersign.draft/v1", "id": "%s", "revision": %d, "kind": "access-change",
                 "title": "Grant %s to %s", "createdAt": "2026-11-21T09:00:00Z",
                 "drafter": {"agent": "access-assistant", "model": "m-1", "workloadIdentity": "bot-1"},
                 "initiatedBy": "u-max", "requester": "u-max", "requestedFor": ["%s"],
                 "request": {"text": "please grant it"}, "recommendation": "approve", "confidence": 0.9,
                 "rollback": "remove the grant", "changeWindow": {"start": "2026-11-22T00:00:00Z", "end": "2026-11-23T00:00:00Z"},
                 "changes": [{"identity": "%s", "add": [{"entitlement": "%s", "expiresAt": "%s"}]}]}
                """.formatted(id, revision, entitlement, identity, identity, identity, entitlement, expiresAt);
    }

    /** Imports a draft revision (blob + revision row) and returns it with its digest. */
    Stored importDraft(String json) throws FormatException {
        Draft draft = DraftReader.read(tree(json));
        Digest digest = store("draft", json);
        workspace.draftRevisions().record(draft.id(), draft.revision(), digest.hex());
        return new Stored(draft, digest);
    }

    record Stored(Draft draft, Digest digest) {}

    ReviewMaterial material(Stored draft) {
        int latest = workspace
                .draftRevisions()
                .latest(draft.draft().id())
                .orElseThrow()
                .revision();
        return new ReviewMaterial(
                draft.draft(), draft.digest(), snapshot, snapshotDigest, policy, policyDigest, List.of(), latest);
    }

    /** A fresh key registered to the approver, valid from well before the fixture's decisions. */
    SigningKey keyFor(String approver) {
        SigningKey key = SigningKey.generate();
        workspace
                .signingKeys()
                .register(approver, approver, key.verificationKey().toSpkiDer(), Instant.parse("2026-01-01T00:00:00Z"));
        return key;
    }

    private Digest store(String mediaType, String json) {
        byte[] canonical = CanonicalJson.canonicalize(json.getBytes(StandardCharsets.UTF_8));
        return Digest.parse(
                "sha256:" + workspace.blobs().put(mediaType, canonical).digest());
    }

    private static SourceNode tree(String json) throws FormatException {
        return SourceTreeReader.read(
                "fixture.json", json.getBytes(StandardCharsets.UTF_8), SourceTreeReader.Syntax.JSON);
    }
}
