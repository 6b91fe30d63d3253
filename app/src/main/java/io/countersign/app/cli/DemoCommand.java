package io.countersign.app.cli;

import io.countersign.app.sample.SampleCasebook;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Casebook;
import io.countersign.model.format.Draft;
import io.countersign.model.format.TrainingCase;
import io.countersign.model.format.read.FormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code countersign demo}: the demo queue seeded from the sample casebook. Until the workbench
 * lands it prints the queue with each draft's risk and findings.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Show the demo queue, seeded from the sample casebook.")
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException, IOException {
        Casebook casebook = SampleCasebook.load();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Demo queue: %s — %d pending drafts%n%n", casebook.title(), casebook.cases().size());
        out.printf("%-14s %-16s %-9s %-9s %-9s %s%n", "DRAFT", "KIND", "RISK", "HIGHEST", "FINDINGS", "TITLE");
        DraftAnalyzer analyzer = null;
        for (TrainingCase c : casebook.cases()) {
            if (analyzer == null || analyzer.catalog().snapshot() != c.snapshot() || analyzer.policy() != c.policy()) {
                analyzer = new DraftAnalyzer(c.snapshot(), c.policy());
            }
            List<Draft> pending = new ArrayList<>(c.pending());
            DraftAnalysis analysis = analyzer.analyze(c.draft(), pending, ReviewContext.NONE);
            out.printf("%-14s %-16s %-9s %-9s %-9d %s%n", c.draft().id(), c.draft().kind().code(), analysis.risk().code(),
                    analysis.highestSeverity() == null ? "-" : analysis.highestSeverity().code().toUpperCase(Locale.ROOT),
                    analysis.findings().size(), c.draft().title());
        }
        out.println();
        out.println("The workbench window arrives with the GUI; meanwhile see each draft in full with");
        out.println("  countersign analyze --snapshot S --policy P DRAFT");
        return ExitCodes.OK;
    }
}
