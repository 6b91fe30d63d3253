package io.countersign.model.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.evidence.StatementSubject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds packs straight from the model, no store: an approver and an exporter key, three
 * decisions on one draft, and the blobs they bind. Knobs let a test build a pack that is
 * validly signed yet wrong inside (a gap in the chain, a missing blob, a key out of its window).
 */
final class PackFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant EXPORTED_AT = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant KEY_FROM = Instant.parse("2026-01-01T00:00:00Z");

    final SigningKey approver = SigningKey.generate();
    final SigningKey exporter = SigningKey.generate();
    final Map<String, byte[]> blobs = new TreeMap<>();
    final List<ChainLine> chain = new ArrayList<>();
    final List<PackedDecision> decisions = new ArrayList<>();
    Instant approverValidTo;
    boolean shipAllBlobs = true;

    private final Map<String, StatementSubject> subjects = new LinkedHashMap<>();

    PackFixture() {
        subject(
                "draft/d-1/r1",
                "{\"format\":\"countersign.draft/v1\",\"id\":\"d-1\",\"revision\":1,"
                        + "\"changes\":[{\"identity\":\"u-ana\",\"add\":[{\"entitlement\":\"erp.pay\"}]}]}");
        subject(
                "snapshot/s-1",
                "{\"format\":\"countersign.snapshot/v1\",\"id\":\"s-1\","
                        + "\"entitlements\":[{\"id\":\"erp.pay\",\"system\":\"erp\"}],\"roles\":[]}");
        subject("policy/p-1", "{\"format\":\"countersign.policy/v1\",\"id\":\"p-1\"}");
        subject("findings/d-1/r1", "[]");
    }

    private void subject(String name, String json) {
        byte[] canonical = CanonicalJson.canonicalize(json.getBytes(StandardCharsets.UTF_8));
        Digest digest = Digest.sha256(canonical);
        subjects.put(name, new StatementSubject(name, digest));
        blobs.put(digest.hex(), canonical);
    }

    /** Appends a decision at the next seq, with the given justification. */
    PackFixture decide(String outcome, String justification, Instant decidedAt) {
        long seq = chain.size() + 1;
        Digest prev = chain.isEmpty() ? Digest.ZERO : chain.getLast().entryHash();
        ObjectNode p = JSON.createObjectNode();
        p.put("seq", seq);
        p.put("prevEntryHash", prev.toString());
        p.putObject("draft")
                .put("id", "d-1")
                .put("revision", 1)
                .put("kind", "access-change")
                .put("title", "Cover AP");
        p.put("outcome", outcome);
        p.putArray("lineItems");
        p.put("justification", justification);
        p.putArray("mitigations");
        p.putArray("acknowledgedFindings");
        p.putObject("findingsShown").put("count", 0).putNull("highestSeverity");
        p.putNull("assistant");
        p.putObject("approver")
                .put("id", "u-lee")
                .put("name", "Lee Park")
                .put("keyId", approver.keyId().toString());
        p.putNull("quorum");
        p.put("openedAt", decidedAt.minusSeconds(60).toString());
        p.put("decidedAt", decidedAt.toString());
        p.put("timeOnTaskSeconds", 60);
        p.put("appVersion", "0.1.0");
        p.put("workspace", "evidence");
        InTotoStatement statement =
                new InTotoStatement(List.copyOf(subjects.values()), InTotoStatement.DECISION_PREDICATE_TYPE, p);
        byte[] envelope = Dsse.sign(InTotoStatement.PAYLOAD_TYPE, statement.toCanonicalJson(), approver)
                .toCanonicalJson();
        Digest hash = Digest.sha256(envelope);
        chain.add(new ChainLine(seq, "decision", hash, prev));
        decisions.add(new PackedDecision(envelope, DecisionFacts.of(statement), Set.of("erp")));
        return this;
    }

    static PackFixture threeDecisions() {
        return new PackFixture()
                .decide("approve", "covers leave", Instant.parse("2026-02-01T10:00:00Z"))
                .decide("reject", "=HYPERLINK(\"http://evil\")", Instant.parse("2026-02-02T10:00:00Z"))
                .decide("request-changes", "narrow the scope", Instant.parse("2026-02-03T10:00:00Z"));
    }

    PackBuilder.Contents contents() {
        Map<String, byte[]> shipped = new TreeMap<>(blobs);
        if (!shipAllBlobs) {
            shipped.remove(shipped.keySet().iterator().next());
        }
        List<PackBuilder.ShippedKey> keys = List.of(
                new PackBuilder.ShippedKey(
                        new PackKey(approver.keyId(), "u-lee", "Lee Park", KEY_FROM, approverValidTo),
                        approver.verificationKey()),
                new PackBuilder.ShippedKey(
                        new PackKey(exporter.keyId(), "u-audit", "Ava Auditor", KEY_FROM, null),
                        exporter.verificationKey()));
        return new PackBuilder.Contents(
                PackSelection.ALL,
                EXPORTED_AT,
                "u-audit",
                "Ava Auditor",
                "Countersign 0.1.0 (test)",
                chain,
                decisions,
                shipped,
                keys);
    }

    byte[] zip() {
        return PackBuilder.build(contents(), exporter).zip();
    }

    // ---- editing packs as an attacker would ----

    /** The pack's files by bag path, read back from a zip. */
    static SortedMap<String, byte[]> files(byte[] zip) {
        try {
            ZipArchive archive = ZipArchiveReader.read(zip, PackLimits.DEFAULT);
            SortedMap<String, byte[]> files = new TreeMap<>();
            for (String name : archive.fileNames()) {
                files.put(name.substring(PackLayout.BASE.length() + 1), archive.content(name));
            }
            return files;
        } catch (PackArchiveException e) {
            throw new AssertionError(e);
        }
    }

    /** Zips bag files back up, as the exporter would lay them out. */
    static byte[] zip(SortedMap<String, byte[]> files) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        files.forEach((path, content) -> entries.put(PackLayout.zipName(path), content));
        return DeterministicZip.write(entries, EXPORTED_AT);
    }

    /** Recomputes both manifests and Payload-Oxum, as an attacker covering their tracks would. */
    static SortedMap<String, byte[]> remanifest(SortedMap<String, byte[]> files) {
        SortedMap<String, byte[]> data =
                new TreeMap<>(files.subMap(PackLayout.DATA, PackLayout.DATA + Character.MAX_VALUE));
        files.put(PackLayout.MANIFEST, PackBuilder.manifest(data));
        String info = new String(files.get(PackLayout.BAG_INFO_TXT), StandardCharsets.UTF_8)
                .replaceAll("Payload-Oxum: \\S+", "Payload-Oxum: " + PackBuilder.payloadOxum(data));
        files.put(PackLayout.BAG_INFO_TXT, info.getBytes(StandardCharsets.UTF_8));
        SortedMap<String, byte[]> tags = new TreeMap<>();
        for (String tag : PackLayout.LISTED_TAG_FILES) {
            if (files.containsKey(tag)) {
                tags.put(tag, files.get(tag));
            }
        }
        files.put(PackLayout.TAG_MANIFEST, PackBuilder.manifest(tags));
        return files;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
