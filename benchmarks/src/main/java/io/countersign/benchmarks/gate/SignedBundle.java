package io.countersign.benchmarks.gate;

import io.countersign.gate.AnchorKey;
import io.countersign.gate.ApprovalBundle;
import io.countersign.gate.DraftUnderGate;
import io.countersign.gate.TrustAnchors;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.decision.DecisionInput;
import io.countersign.model.decision.DecisionPredicate;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Outcome;
import io.countersign.model.read.InputFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One approval as provisioning receives it: the published example draft, a quorum of decisions on
 * it signed as Countersign signs them, and the trust anchors holding the approvers' keys — all as
 * the bytes of the three files the gate reads.
 */
public record SignedBundle(byte[] draft, byte[] approval, byte[] trust, int approvals, Instant checkAt) {

    public static SignedBundle of(Path examples) throws Exception {
        byte[] draftBytes = Files.readAllBytes(examples.resolve("draft.json"));
        DraftUnderGate draft = DraftUnderGate.read("draft.json", draftBytes);
        DraftAnalysis analysis = new DraftAnalyzer(
                        InputFiles.snapshot(examples.resolve("snapshot.json")),
                        InputFiles.policy(examples.resolve("policy.yaml")))
                .analyze(draft.draft());
        Instant decided = Instant.parse("2026-01-30T10:00:00Z");
        Digest other = Digest.sha256("inputs".getBytes(StandardCharsets.UTF_8));
        List<DsseEnvelope> envelopes = new ArrayList<>();
        List<AnchorKey> keys = new ArrayList<>();
        for (int i = 0; i < analysis.approversNeeded(); i++) {
            String approver = "approver-" + (i + 1);
            SigningKey key = SigningKey.generate();
            keys.add(new AnchorKey(
                    key.keyId(), approver, approver, key.verificationKey(), decided.minusSeconds(86_400), null));
            InTotoStatement statement = DecisionPredicate.statement(
                    analysis,
                    new DecisionInput(
                            draft.draft().id(),
                            draft.draft().revision(),
                            Outcome.APPROVE,
                            List.of(),
                            null,
                            null,
                            Set.of(),
                            decided.minusSeconds(120)),
                    new DecisionPredicate.Subjects(draft.digest(), other, other, other),
                    new DecisionPredicate.Signer(approver, approver, key.keyId()),
                    null,
                    List.of(),
                    i + 1,
                    Digest.ZERO,
                    decided,
                    "benchmark",
                    false);
            envelopes.add(Dsse.sign(InTotoStatement.PAYLOAD_TYPE, statement.toCanonicalJson(), key));
        }
        ApprovalBundle bundle = new ApprovalBundle(
                draft.draft().id(),
                draft.draft().revision(),
                draft.digest(),
                analysis.approversNeeded(),
                decided,
                envelopes,
                keys);
        TrustAnchors trust = new TrustAnchors("benchmark", decided, keys);
        return new SignedBundle(
                draftBytes, bundle.toJson(), trust.toJson(), envelopes.size(), Instant.parse("2026-02-01T00:00:00Z"));
    }
}
