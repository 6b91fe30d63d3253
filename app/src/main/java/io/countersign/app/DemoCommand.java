package io.countersign.app;

import io.countersign.app.workbench.WorkbenchLauncher;
import io.countersign.app.workbench.WorkbenchStart;
import io.countersign.app.workspace.DemoWorkspace;
import io.countersign.cli.ExitCodes;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Casebook;
import io.countersign.model.format.Draft;
import io.countersign.model.read.FormatException;
import io.countersign.persistence.Workspace;
import io.countersign.services.queue.Queue;
import io.countersign.services.queue.QueueEntry;
import io.countersign.services.queue.QueueService;
import io.countersign.services.sample.SampleCasebook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code countersign demo}: opens the workbench on the demo queue seeded from the sample casebook;
 * with {@code --print} it lists the queue with each draft's risk and findings, for terminals.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description =
                "Open the workbench on a fresh demo workspace seeded from the sample casebook, with keys for three "
                        + "demo approvers (passphrase: countersign-demo).")
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = {"--print", "--list"},
            description = "Print the demo queue instead of opening the window.")
    boolean print;

    @Override
    public Integer call() throws FormatException, IOException {
        if (!print) {
            return WorkbenchLauncher.open(
                    WorkbenchStart.demo(), spec.commandLine().getErr());
        }
        Casebook casebook = SampleCasebook.load();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Demo queue: %s — %d pending drafts%n%n",
                casebook.title(), casebook.cases().size());
        out.printf("%-14s %-16s %-9s %-9s %-9s %s%n", "DRAFT", "KIND", "RISK", "HIGHEST", "FINDINGS", "TITLE");
        // The same queue the demo window shows: the sample imported into a fresh workspace, read back by the queue
        // service.
        Path folder = DemoWorkspace.freshFolder();
        try (Workspace workspace = Workspace.open(folder)) {
            DemoWorkspace.importSample(workspace);
            Queue queue = new QueueService(workspace).queue(List.of());
            for (QueueEntry entry : queue.entries()) {
                Draft draft = entry.draft();
                DraftAnalysis analysis = queue.analyze(draft, ReviewContext.NONE);
                out.printf(
                        "%-14s %-16s %-9s %-9s %-9d %s%n",
                        draft.id(),
                        draft.kind().code(),
                        analysis.risk().code(),
                        analysis.highestSeverity() == null
                                ? "-"
                                : analysis.highestSeverity().code().toUpperCase(Locale.ROOT),
                        analysis.findings().size(),
                        draft.title());
            }
        } finally {
            DemoWorkspace.delete(folder);
        }
        out.println();
        out.println("Open the queue in the workbench with 'countersign demo'; see one draft in full with");
        out.println("  countersign analyze --snapshot S --policy P DRAFT");
        return ExitCodes.OK;
    }
}
