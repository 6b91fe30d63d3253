package io.countersign.cli;

import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Casebook;
import io.countersign.model.format.TrainingCase;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.WorkspaceInputs;
import io.countersign.services.evidence.StoreVerifier;
import io.countersign.services.intake.Importer;
import io.countersign.services.sample.SampleCasebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * Hidden: exercises what most commands load — the readers, the analysis, a workspace with its
 * migrations, import and verification — in a throw-away folder, so the launcher can record a JDK
 * AOT cache from it (`-XX:AOTCacheOutput`) and later commands start in about half the time.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise the common paths once (for the start-up cache).")
public final class WarmUpCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Casebook casebook = SampleCasebook.load();
        for (TrainingCase c : casebook.cases()) {
            new DraftAnalyzer(c.snapshot(), c.policy()).analyze(c.draft(), c.pending(), ReviewContext.NONE);
        }
        Path scratch = Files.createTempDirectory("countersign-warm-up");
        try (Workspace workspace = Workspace.open(scratch.resolve("ws"))) {
            new Importer(workspace).importFile(SampleCasebook.path());
            new WorkspaceInputs(workspace).pendingDrafts();
            new StoreVerifier(workspace).verify();
        } finally {
            delete(scratch);
        }
        return ExitCodes.OK;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
