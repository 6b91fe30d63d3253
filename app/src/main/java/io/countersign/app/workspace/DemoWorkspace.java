package io.countersign.app.workspace;

import io.countersign.model.read.FormatException;
import io.countersign.persistence.Workspace;
import io.countersign.services.intake.Importer;
import io.countersign.services.sample.SampleCasebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fresh workspace seeded from the sample casebook, with signing keys for three demo approvers under
 * one published passphrase, so someone new can decide and sign at once. Demo keys protect nothing:
 * the passphrase is printed on screen, and the workspace is a throwaway folder.
 */
public final class DemoWorkspace {
    /** Shown in the demo banner; fine to publish because demo evidence proves nothing. */
    public static final String PASSPHRASE = "countersign-demo";

    /**
     * Two ERP approvers, so the step-up drafts on the ledger can be taken to a full quorum, one for the
     * cloud, directory, source and vault systems, and the CISO for drafts that span the ledger and those.
     */
    public static final List<Approver> APPROVERS = List.of(
            new Approver("priya.raman", "Priya Raman"),
            new Approver("henrik.dahl", "Henrik Dahl"),
            new Approver("fatima.zahra", "Fatima Zahra"),
            new Approver("ingrid.solberg", "Ingrid Solberg"));

    /**
     * Demo keys use a far lower PBKDF2 count than real ones: their passphrase is printed on screen, so
     * a slow derivation would only delay the demo, not protect anything.
     */
    static final int DEMO_KEY_ITERATIONS = 10_000;

    private DemoWorkspace() {}

    /** A new folder under the system's temporary folder: every demo starts from the same state. */
    public static Path freshFolder() throws IOException {
        return Files.createTempDirectory("countersign-demo-");
    }

    /** Imports the sample casebook: its snapshot and policy become current, its drafts the queue. */
    public static void importSample(Workspace workspace) throws IOException, FormatException {
        new Importer(workspace).importFile(SampleCasebook.path());
    }

    /** Removes a demo folder and everything in it. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Opens the folder, imports the sample casebook and creates the demo keys (each only once). */
    public static WorkspaceSession prepare(Path folder, Clock clock, int keyIterations)
            throws IOException, FormatException {
        WorkspaceSession session =
                WorkspaceSession.open(folder, clock, keyIterations > 0 ? keyIterations : DEMO_KEY_ITERATIONS, true);
        try {
            if (session.inputs().currentSnapshot().isEmpty()) {
                importSample(session.workspace());
            }
            for (Approver approver : APPROVERS) {
                if (session.keystore().currentKey(approver.id()).isEmpty()) {
                    session.keystore().init(approver.id(), approver.name(), PASSPHRASE.toCharArray());
                }
            }
            return session;
        } catch (IOException | FormatException | RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
