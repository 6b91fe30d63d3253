package io.countersign.gate;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.decision.DecisionInput;
import io.countersign.model.decision.DecisionPredicate;
import io.countersign.model.decision.LineItemChoice;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Outcome;
import io.countersign.model.read.InputFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decisions signed exactly as Countersign signs them (DecisionPredicate, DSSE, Ed25519) on the
 * published example draft, by approvers whose keys this fixture makes, so each test can break one
 * thing and watch the gate refuse.
 */
final class SignedApprovals {
    static final Path EXAMPLES = Path.of("").toAbsolutePath().getParent().resolve("docs/formats/examples");
    static final Instant DECIDED = Instant.parse("2026-01-30T10:00:00Z");
    static final Instant CHECKED = Instant.parse("2026-02-01T09:00:00Z");
    static final Instant KEYS_FROM = Instant.parse("2026-01-01T00:00:00Z");

    final byte[] draftBytes;
    final DraftUnderGate draft;
    final DraftAnalysis analysis;
    private final Map<String, SigningKey> keys = new LinkedHashMap<>();
    private long seq = 1;

    SignedApprovals() throws Exception {
        draftBytes = Files.readAllBytes(EXAMPLES.resolve("draft.json"));
        draft = DraftUnderGate.read("draft.json", draftBytes);
        analysis = new DraftAnalyzer(
                        InputFiles.snapshot(EXAMPLES.resolve("snapshot.json")),
                        InputFiles.policy(EXAMPLES.resolve("policy.yaml")))
                .analyze(draft.draft());
    }

    SigningKey key(String approver) {
        return keys.computeIfAbsent(approver, id -> SigningKey.generate());
    }

    /** Trust anchors holding every key made so far, valid from {@link #KEYS_FROM}. */
    TrustAnchors trust() {
        List<AnchorKey> anchors = new ArrayList<>();
        keys.forEach((owner, key) -> anchors.add(anchor(owner, key, KEYS_FROM, null)));
        return new TrustAnchors("test", KEYS_FROM, anchors);
    }

    static AnchorKey anchor(String owner, SigningKey key, Instant from, Instant to) {
        return new AnchorKey(key.keyId(), owner, owner, key.verificationKey(), from, to);
    }

    DsseEnvelope approve(String approver) {
        return decide(approver, Outcome.APPROVE, List.of(), analysis, draft.digest(), DECIDED, false, key(approver));
    }

    DsseEnvelope decide(String approver, Outcome outcome) {
        return decide(approver, outcome, List.of(), analysis, draft.digest(), DECIDED, false, key(approver));
    }

    DsseEnvelope decide(
            String approver,
            Outcome outcome,
            List<LineItemChoice> choices,
            DraftAnalysis shown,
            Digest draftDigest,
            Instant decidedAt,
            boolean training,
            SigningKey signWith) {
        Draft decided = shown.draft();
        DecisionInput input = new DecisionInput(
                decided.id(),
                decided.revision(),
                outcome,
                choices,
                outcome == Outcome.APPROVE ? null : "because",
                null,
                Set.of(),
                decidedAt.minusSeconds(60));
        Digest other = Digest.sha256("other".getBytes(StandardCharsets.UTF_8));
        InTotoStatement statement = DecisionPredicate.statement(
                shown,
                input,
                new DecisionPredicate.Subjects(draftDigest, other, other, other),
                new DecisionPredicate.Signer(approver, approver, key(approver).keyId()),
                null,
                List.of(),
                seq,
                Digest.ZERO,
                decidedAt,
                "test",
                training);
        seq++;
        return Dsse.sign(InTotoStatement.PAYLOAD_TYPE, statement.toCanonicalJson(), signWith);
    }

    /** The example draft with one field changed, as bytes and as what the analyser makes of it. */
    DraftUnderGate edited(String from, String to) throws Exception {
        String text = new String(draftBytes, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("the example draft has no " + from);
        }
        return DraftUnderGate.read("edited.json", text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    DraftAnalysis analyse(DraftUnderGate other) throws Exception {
        return new DraftAnalyzer(
                        InputFiles.snapshot(EXAMPLES.resolve("snapshot.json")),
                        InputFiles.policy(EXAMPLES.resolve("policy.yaml")))
                .analyze(other.draft());
    }
}
