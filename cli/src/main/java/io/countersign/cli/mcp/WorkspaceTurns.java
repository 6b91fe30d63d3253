package io.countersign.cli.mcp;

import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.WorkspaceBusyException;
import io.countersign.services.intake.AssistantIntake;
import io.countersign.services.intake.Inbox;
import io.countersign.services.intake.SweepReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The server's turns at the workspace (ADR 0017). One worker thread does everything that needs
 * the store, one call at a time, in arrival order. It opens the workspace when a call needs it and
 * closes it after {@code releaseAfter} without calls, so the workbench (which holds the workspace
 * while open) and the server take turns. At most {@code backlog} calls wait; one more is refused at
 * once with {@link BacklogFullException} instead of being buffered.
 */
final class WorkspaceTurns implements AutoCloseable {

    /** What the server read last from the workspace: analysis and policy answers while it is busy. */
    record LastRead(DraftAnalyzer analyzer, Snapshot snapshot, Policy policy, Instant readAt) {}

    /** A call refused because {@code waiting} calls already wait for the workspace. */
    static final class BacklogFullException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BacklogFullException(int waiting) {
            super("busy: " + waiting + " submissions waiting; retry in a moment", null, false, false);
        }
    }

    private static final Runnable STOP = () -> {};

    private final Path directory;
    private final Duration releaseAfter;
    private final PrintStream log;
    private final BlockingQueue<Runnable> waiting;
    private final Thread worker;
    private volatile boolean closed;

    // Worker thread only.
    private Workspace workspace;
    private AssistantIntake intake;
    private volatile LastRead lastRead;

    WorkspaceTurns(Path directory, Duration releaseAfter, int backlog, PrintStream log) {
        this.directory = directory;
        this.releaseAfter = releaseAfter;
        this.log = log;
        this.waiting = new ArrayBlockingQueue<>(backlog);
        this.worker = Thread.ofPlatform().name("countersign-mcp-workspace").unstarted(this::work);
        worker.start();
    }

    /** What a turn sees: the workspace's intake, opened on demand, or nothing while another process holds it. */
    final class Seat {
        private Seat() {}

        /** The intake over the open workspace; empty while another Countersign process has it open. */
        Optional<AssistantIntake> intake() {
            if (intake == null && !open()) {
                return Optional.empty();
            }
            return Optional.of(intake);
        }

        /** The snapshot, policy and analyser read at the last opening, if the workspace had both. */
        Optional<LastRead> lastRead() {
            return Optional.ofNullable(lastRead);
        }

        Path directory() {
            return directory;
        }
    }

    /**
     * Queues a turn; the future completes on the worker thread.
     *
     * @throws BacklogFullException at once when the backlog is full
     */
    <T> CompletableFuture<T> take(Function<Seat, T> turn) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Seat seat = new Seat();
        Runnable job = () -> {
            try {
                result.complete(turn.apply(seat));
            } catch (RuntimeException | StackOverflowError e) {
                // Unforeseen: give the store back, so the next turn starts from a fresh opening.
                release();
                result.completeExceptionally(e);
            }
        };
        if (closed || !waiting.offer(job)) {
            throw new BacklogFullException(waiting.size());
        }
        return result;
    }

    private void work() {
        try {
            while (true) {
                Runnable job = workspace == null
                        ? waiting.take()
                        : waiting.poll(releaseAfter.toMillis(), TimeUnit.MILLISECONDS);
                if (job == null) {
                    release();
                } else if (job == STOP) {
                    return;
                } else {
                    job.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release();
        }
    }

    private boolean open() {
        try {
            workspace = Workspace.open(directory);
        } catch (WorkspaceBusyException e) {
            return false;
        }
        try {
            report(new Inbox(workspace).sweep());
            intake = new AssistantIntake(workspace);
            AssistantIntake opened = intake;
            opened.analyzer()
                    .ifPresent(analyzer -> lastRead = new LastRead(
                            analyzer,
                            opened.snapshot().orElseThrow(),
                            opened.policy().orElseThrow(),
                            Instant.now()));
            return true;
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    private void release() {
        intake = null;
        if (workspace != null) {
            try {
                workspace.close();
            } finally {
                workspace = null;
            }
        }
    }

    private void report(SweepReport report) {
        report.imported()
                .forEach(r -> log.println("countersign mcp: inbox: " + r.file().getFileName() + ": " + r.message()));
        report.rejected()
                .forEach(r -> log.println(
                        "countersign mcp: inbox: rejected " + r.file().getFileName() + ": " + r.reason()));
        report.left()
                .forEach(r -> log.println("countersign mcp: inbox: " + r.file().getFileName() + ": " + r.reason()));
    }

    /** Lets the waiting turns finish, then closes the workspace. */
    @Override
    public void close() {
        closed = true;
        try {
            waiting.put(STOP);
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
