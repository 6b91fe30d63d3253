package io.countersign.benchmarks.startup;

import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.benchmarks.report.Folders;
import io.countersign.benchmarks.workload.Population;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.model.read.FormatException;
import io.countersign.services.intake.Importer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A workspace holding the generated workload's snapshot, policy and every draft, and a signing key
 * for the first approver: what a reviewer reopens in the morning. Built once per workload (about a
 * minute at full size: every import is a durable commit) and kept beside it; a folder without the
 * completion marker is half-built and is built again.
 */
public final class QueueWorkspace {
    /** The reviewer the window opens as. */
    public static final String APPROVER = Population.approver(0);
    /** A benchmark key protects nothing; a low PBKDF2 count keeps building the fixture quick. */
    private static final int KEY_ITERATIONS = 10_000;

    private static final String PASSPHRASE = "countersign-benchmark";
    private static final String COMPLETE = "countersign-benchmark-workspace.complete";

    private QueueWorkspace() {}

    public static Path prepare(Workload workload, Path directory) throws IOException, FormatException {
        if (Files.isRegularFile(directory.resolve(COMPLETE))) {
            return directory;
        }
        Folders.delete(directory);
        Files.createDirectories(directory);
        try (WorkspaceSession session = WorkspaceSession.open(directory, Clock.systemUTC(), KEY_ITERATIONS, false)) {
            Importer importer = new Importer(session.workspace());
            importer.importFile(workload.snapshot());
            importer.importFile(workload.policy());
            for (Path draft : workload.draftFiles()) {
                importer.importFile(draft);
            }
            session.keystore().init(APPROVER, APPROVER, PASSPHRASE.toCharArray());
        }
        Files.writeString(directory.resolve(COMPLETE), workload.size() + " seed " + workload.seed() + "\n");
        return directory;
    }
}
