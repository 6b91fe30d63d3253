package io.countersign.benchmarks.decision;

import io.countersign.benchmarks.workload.Population;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.model.decision.DecisionInput;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Outcome;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.InputFiles;
import io.countersign.model.store.ChainEntry;
import io.countersign.persistence.Workspace;
import io.countersign.services.evidence.DecisionService;
import io.countersign.services.evidence.ReviewMaterial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * S5: records signed, durable decisions through the real {@link DecisionService} on a fresh
 * workspace holding the workload's snapshot, policy and drafts. Each decision is one approver's
 * justified rejection of a different draft, so every one passes the checks and is appended.
 */
public final class DecisionBench implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final String APPROVER = Population.approver(0);

    private final Workspace workspace;
    private final DecisionService service;
    private final SigningKey key;
    private final List<ReviewMaterial> materials = new ArrayList<>();

    /** Opens a workspace in {@code dir} and imports the first {@code drafts} drafts of the workload (not timed). */
    public DecisionBench(Path dir, Workload workload, int drafts) throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        workspace = Workspace.open(dir, clock);
        service = new DecisionService(workspace, clock, "bench", false);
        Snapshot snapshot = InputFiles.snapshot(workload.snapshot());
        Digest snapshotDigest = store("snapshot", workload.snapshot());
        Policy policy = InputFiles.policy(workload.policy());
        Digest policyDigest = store("policy", workload.policy());
        for (Path file : workload.draftFiles().subList(0, drafts)) {
            Draft draft = InputFiles.draft(file);
            Digest digest = store("draft", file);
            workspace.draftRevisions().record(draft.id(), draft.revision(), digest.hex());
            materials.add(new ReviewMaterial(
                    draft, digest, snapshot, snapshotDigest, policy, policyDigest, List.of(), draft.revision()));
        }
        key = SigningKey.generate();
        workspace
                .signingKeys()
                .register(
                        APPROVER, "Approver", key.verificationKey().toSpkiDer(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    public SigningKey key() {
        return key;
    }

    /** Records decisions on drafts {@code from} (inclusive) to {@code to} (exclusive), timing each call. */
    public Latencies record(int from, int to) {
        long[] nanos = new long[to - from];
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
            ReviewMaterial material = materials.get(i);
            DecisionInput input = new DecisionInput(
                    material.draft().id(),
                    material.draft().revision(),
                    Outcome.REJECT,
                    List.of(),
                    "Not needed for the role (benchmark)",
                    null,
                    Set.of(),
                    NOW.minusSeconds(60));
            long before = System.nanoTime();
            service.record(material, APPROVER, input, key);
            nanos[i - from] = System.nanoTime() - before;
        }
        return new Latencies(nanos, System.nanoTime() - start);
    }

    /** The envelopes appended at seq {@code from}+1 .. {@code to}: what the floor signs and inserts again. */
    public List<ChainEntry> entries(int from, int to) {
        try (Stream<ChainEntry> entries = workspace.evidenceChain().entries()) {
            return entries.skip(from).limit(to - from).toList();
        }
    }

    private Digest store(String mediaType, Path file) throws Exception {
        byte[] canonical = CanonicalJson.canonicalize(Files.readAllBytes(file));
        return Digest.parse(
                "sha256:" + workspace.blobs().put(mediaType, canonical).digest());
    }

    @Override
    public void close() {
        workspace.close();
    }
}
