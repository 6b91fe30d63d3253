package io.countersign.benchmarks.gui;

import io.countersign.app.queue.PendingDraft;
import io.countersign.app.queue.QueueSource;
import io.countersign.benchmarks.queue.QueueLoad;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Draft;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.PolicyReader;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceTreeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A queue of many rows made cheaply from the workload: each row is one of the first generated drafts
 * under its own id, title and age, its change cut to a few grants on one identity so that analysing
 * 100,000 of them takes seconds, not the minutes (and gigabytes) 100,000 full drafts would.
 * Severity, risk and approver counts still come from real analysis against the workload's snapshot
 * and policy, so every column sorts real, varied keys.
 */
public final class BigQueue implements QueueSource {
    private static final int TEMPLATES = 200;
    private static final int GRANTS_KEPT = 3;

    private final List<PendingDraft> pending;

    private BigQueue(List<PendingDraft> pending) {
        this.pending = pending;
    }

    public static BigQueue of(Workload workload, int rows) {
        Snapshot snapshot;
        Policy policy;
        try {
            snapshot = SnapshotReader.read(
                    SourceTreeReader.read("snapshot.json", bytes(workload.snapshot()), SourceTreeReader.Syntax.JSON));
            policy = PolicyReader.read(
                    SourceTreeReader.read("policy.json", bytes(workload.policy()), SourceTreeReader.Syntax.JSON));
        } catch (FormatException e) {
            throw new IllegalStateException("the generated workload does not read: " + e.getMessage(), e);
        }
        List<Path> files = workload.draftFiles();
        List<Draft> templates = files.subList(0, Math.min(TEMPLATES, files.size())).stream()
                .map(file -> QueueLoad.parse(file.getFileName().toString(), bytes(file)))
                .toList();
        List<PendingDraft> pending = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            pending.add(new PendingDraft(
                    variant(templates.get(row % templates.size()), row),
                    snapshot,
                    policy,
                    List.of(),
                    ReviewContext.NONE));
        }
        return new BigQueue(List.copyOf(pending));
    }

    /** The template under a new id and title, created up to 60 days earlier, changing one identity a little. */
    private static Draft variant(Draft t, int row) {
        IdentityChange first = t.changes().getFirst();
        IdentityChange cut = new IdentityChange(
                first.identity(),
                first.create(),
                first.add().subList(0, Math.min(GRANTS_KEPT, first.add().size())),
                first.remove().subList(0, Math.min(1, first.remove().size())));
        // A multiplicative step scatters ages (and ids against titles) so no column is sorted already.
        long minutes = (row * 7_919L) % Duration.ofDays(60).toMinutes();
        return new Draft(
                String.format("Q-%06d", row),
                t.revision(),
                t.kind(),
                t.title() + " · " + (row * 31L % 99_991),
                t.createdAt().minus(Duration.ofMinutes(minutes)),
                t.drafter(),
                t.initiatedBy(),
                t.requester(),
                t.requestedFor(),
                t.editedBy(),
                t.ticket(),
                t.request(),
                t.rationale(),
                t.recommendation(),
                t.confidence(),
                t.sources(),
                t.basis(),
                List.of(cut),
                t.workflow(),
                t.exception(),
                t.credential(),
                t.riskTier(),
                t.rollback(),
                t.changeWindow());
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String description() {
        return "Benchmark · " + pending.size() + " generated rows";
    }

    @Override
    public List<PendingDraft> pendingDrafts() {
        return pending;
    }
}
