package io.countersign.services.evidence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.analysis.AnalysisDocument;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.decision.ApprovedDraft;
import io.countersign.model.decision.DecisionInput;
import io.countersign.model.decision.DecisionPredicate;
import io.countersign.model.decision.DecisionProblem;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.decision.DecisionRules;
import io.countersign.model.decision.DraftStanding;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Identity;
import io.countersign.model.format.MitigatingControl;
import io.countersign.model.store.ChainEntry;
import io.countersign.model.store.ChainEntryKind;
import io.countersign.model.store.EntrySummary;
import io.countersign.model.store.NewChainEntry;
import io.countersign.model.store.RegisteredKey;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.key.SigningKeyRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records decisions: checks everything that must hold (independence, staleness, justification,
 * acknowledgements, mitigation, quorum, the signing key), then signs the statement and appends it
 * to the chain — durable before this returns. Refusals write nothing. One per open workspace.
 */
public final class DecisionService {
    private final Workspace workspace;
    private final Clock clock;
    private final String appVersion;
    private final boolean training;
    private List<DecisionRecord> decisions;
    private DraftAnalyzer analyzer;
    private String analyzerInputs;
    private final Map<String, OwnedKeys> keysByOwner = new HashMap<>();
    private final Set<Digest> storedInputs = new HashSet<>();

    public DecisionService(Workspace workspace, Clock clock, String appVersion, boolean training) {
        this.workspace = workspace;
        this.clock = clock;
        this.appVersion = appVersion;
        this.training = training;
    }

    /** What the reviewer sees for this approver: the analysis with independence findings, and the draft's standing. */
    public synchronized Preview preview(ReviewMaterial material, String approverId) {
        DraftAnalyzer analyzer = analyzer(material);
        // Who approved already does not depend on how many approvals are needed; the quorum does, so it
        // is settled after the one analysis, whose risk (and so quorum) ignores independence findings.
        List<String> approvedBefore = DraftStanding.of(
                        material.draft().id(), material.latestRevision(), Integer.MAX_VALUE, verifiedDecisions())
                .approvers();
        DraftAnalysis shown = analyzer.analyze(
                material.draft(), material.pending(), ReviewContext.approver(approverId, approvedBefore));
        DraftStanding standing = DraftStanding.of(
                material.draft().id(), material.latestRevision(), shown.approversNeeded(), verifiedDecisions());
        return new Preview(shown, standing);
    }

    public record Preview(DraftAnalysis analysis, DraftStanding standing) {}

    public synchronized RecordedDecision record(
            ReviewMaterial material, String approverId, DecisionInput input, SigningKey key) {
        Instant now = clock.instant();
        Preview preview = preview(material, approverId);
        Draft approvedDraft = ApprovedDraft.of(material.draft(), input.choices());
        // Without reductions the approval lets through exactly what was shown; the rules that read this
        // analysis ignore independence findings, so the shown analysis serves.
        DraftAnalysis approved = approvedDraft == material.draft()
                ? preview.analysis()
                : analyzer(material).analyze(approvedDraft, material.pending(), ReviewContext.NONE);
        List<DecisionProblem> problems = new ArrayList<>(DecisionRules.check(
                input,
                preview.analysis(),
                approved,
                material.policy(),
                preview.standing().forRules(),
                now));
        if (input.revision() != material.draft().revision()
                || !input.draftId().equals(material.draft().id())) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.STALE_REVISION,
                    "the decision names " + input.draftId() + " r" + input.revision() + " but the material shown is "
                            + material.draft().id() + " r" + material.draft().revision()));
        }
        Optional<RegisteredKey> registered = registeredKey(approverId, key, now);
        if (registered.isEmpty()) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.KEY_NOT_REGISTERED,
                    "the signing key " + key.keyId() + " is not a current registered key of " + approverId));
        }
        for (Digest input0 : List.of(material.draftDigest(), material.snapshotDigest(), material.policyDigest())) {
            if (!isStored(input0)) {
                problems.add(new DecisionProblem(
                        DecisionProblem.Code.STALE_REVISION,
                        "the reviewed input " + input0 + " is not in this workspace; import it first"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DecisionRefusedException(problems);
        }
        byte[] findings = CanonicalJson.canonicalize(
                AnalysisDocument.findings(preview.analysis().findings()));
        Digest findingsDigest = Digest.sha256(findings);
        MitigatingControl control = input.approves() && input.mitigationControl() != null
                ? material.policy().control(input.mitigationControl())
                : null;
        DecisionPredicate.Subjects subjects = new DecisionPredicate.Subjects(
                material.draftDigest(), material.snapshotDigest(), material.policyDigest(), findingsDigest);
        DecisionPredicate.Signer signer = new DecisionPredicate.Signer(
                approverId, displayName(material, approverId, registered.get()), key.keyId());
        InTotoStatement[] signed = new InTotoStatement[1];
        byte[][] signedPayload = new byte[1][];
        // The findings blob and the entry commit in one transaction under one sync: both or neither.
        ChainEntry entry = workspace
                .evidenceChain()
                .appendNext(tx -> workspace.blobs().put(tx, "findings", findings), position -> {
                    Digest previous = position.prevEntryHash() == null
                            ? Digest.ZERO
                            : Digest.parse("sha256:" + position.prevEntryHash());
                    InTotoStatement statement = DecisionPredicate.statement(
                            preview.analysis(),
                            input,
                            subjects,
                            signer,
                            control,
                            preview.standing().approvers(),
                            position.seq(),
                            previous,
                            now,
                            appVersion,
                            training);
                    byte[] payload = statement.toCanonicalJson();
                    DsseEnvelope envelope = Dsse.sign(InTotoStatement.PAYLOAD_TYPE, payload, key);
                    byte[] bytes = envelope.toCanonicalJson();
                    signed[0] = statement;
                    signedPayload[0] = payload;
                    return new NewChainEntry(
                            ChainEntryKind.DECISION,
                            bytes,
                            Digest.sha256(bytes).hex(),
                            new EntrySummary(
                                    material.draft().id(),
                                    material.draft().revision(),
                                    approverId,
                                    input.outcome().code()));
                });
        // The record as verification reads it: the predicate parsed from the signed payload (numbers and key
        // order as stored). The envelope and payload were just built canonical, so they are not re-checked.
        ObjectNode predicate =
                (ObjectNode) CanonicalJson.parse(signedPayload[0]).get("predicate");
        DecisionRecord record = DecisionPredicate.read(
                entry.seq(), new InTotoStatement(signed[0].subjects(), signed[0].predicateType(), predicate));
        decisions.add(record);
        DraftStanding standing = DraftStanding.of(
                material.draft().id(),
                material.latestRevision(),
                preview.analysis().approversNeeded(),
                decisions);
        return new RecordedDecision(entry.seq(), "sha256:" + entry.entryHash(), record, standing);
    }

    /** Decisions from the verified chain; verified once per service, then extended as this service records. */
    public synchronized List<DecisionRecord> verifiedDecisions() {
        if (decisions == null) {
            StoreVerification verification = new StoreVerifier(workspace).verify();
            if (!verification.intact()) {
                throw new DecisionRefusedException(List.of(new DecisionProblem(
                        DecisionProblem.Code.STORE_BROKEN,
                        "the evidence store fails verification at "
                                + verification.firstBroken().get().describe())));
            }
            decisions = new ArrayList<>(verification.verifiedDecisions());
        }
        return List.copyOf(decisions);
    }

    /** The approver's registered key with this id, valid at {@code now}; keys are re-read only after a key write. */
    private Optional<RegisteredKey> registeredKey(String approverId, SigningKey key, Instant now) {
        SigningKeyRepository keys = workspace.signingKeys();
        long changes = keys.changes(); // read before the keys, so a write during the read makes them stale
        OwnedKeys owned = keysByOwner.get(approverId);
        if (owned == null || owned.changes() != changes) {
            owned = new OwnedKeys(changes, keys.ownedBy(approverId));
            keysByOwner.put(approverId, owned);
        }
        String keyId = key.keyId().toString();
        return owned.keys().stream()
                .filter(k -> k.keyId().equals(keyId) && k.isValidAt(now))
                .findFirst();
    }

    private record OwnedKeys(long changes, List<RegisteredKey> keys) {}

    /** Blobs are append-only (ADR 0004), so a digest once found stored stays stored: it is looked up once. */
    private boolean isStored(Digest digest) {
        if (storedInputs.contains(digest)) {
            return true;
        }
        boolean stored = workspace.blobs().contains(digest.hex());
        if (stored) {
            storedInputs.add(digest);
        }
        return stored;
    }

    /**
     * The analyzer for the material's snapshot and policy, kept while they stay the same. Building one
     * indexes the whole snapshot, so the decision panel asks for this one rather than making its own.
     */
    public synchronized DraftAnalyzer analyzerFor(ReviewMaterial material) {
        return analyzer(material);
    }

    private DraftAnalyzer analyzer(ReviewMaterial material) {
        String inputs = material.snapshotDigest() + "|" + material.policyDigest();
        if (!inputs.equals(analyzerInputs)) {
            analyzer = new DraftAnalyzer(material.snapshot(), material.policy());
            analyzerInputs = inputs;
        }
        return analyzer;
    }

    private static String displayName(ReviewMaterial material, String approverId, RegisteredKey key) {
        Identity identity = material.snapshot().identities().stream()
                .filter(i -> i.id().equals(approverId))
                .findFirst()
                .orElse(null);
        return identity != null && identity.name() != null ? identity.name() : key.displayName();
    }
}
