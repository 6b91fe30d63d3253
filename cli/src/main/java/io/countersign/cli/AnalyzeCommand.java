package io.countersign.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.analysis.AnalysisDocument;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign analyze}: each draft's effective-access diff and findings, for people or as JSON. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Show what each draft would change and what a careful reviewer must notice. "
                + "Exit 0 when the analysis ran (findings are not errors), 2 on bad input.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Option(
            names = "--snapshot",
            required = true,
            paramLabel = "FILE",
            description = "Current state (countersign.snapshot/v1).")
    Path snapshotFile;

    @Option(
            names = "--policy",
            required = true,
            paramLabel = "FILE",
            description = "Policy (countersign.policy/v1, JSON or YAML).")
    Path policyFile;

    @Option(
            names = "--pending",
            paramLabel = "DIR",
            description = "Folder of other pending drafts, for cumulative findings.")
    Path pendingDir;

    @Option(names = "--approver", paramLabel = "ID", description = "Check independence for this approver.")
    String approver;

    @Option(
            names = "--prior-approver",
            paramLabel = "ID",
            description = "Someone who already approved this revision (repeatable).")
    List<String> priorApprovers = new ArrayList<>();

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json",
            description = "Output: text (default) or json.")
    OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "DRAFT", description = "Draft files (countersign.draft/v1).")
    List<Path> draftFiles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum OutputFormat {
        text,
        json
    }

    @Override
    public Integer call() throws FormatException, IOException {
        Snapshot snapshot = InputFiles.snapshot(snapshotFile);
        Policy policy = InputFiles.policy(policyFile);
        List<Draft> drafts = new ArrayList<>();
        for (Path file : draftFiles) {
            drafts.add(InputFiles.draft(file));
        }
        List<Draft> pending = loadPending();
        pending.addAll(drafts);

        DraftAnalyzer analyzer = new DraftAnalyzer(snapshot, policy);
        ReviewContext review = approver == null ? ReviewContext.NONE : ReviewContext.approver(approver, priorApprovers);
        List<DraftAnalysis> analyses =
                drafts.stream().map(d -> analyzer.analyze(d, pending, review)).toList();

        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(json(analyzer, analyses, snapshot, policy));
        } else {
            AnalysisText text = new AnalysisText(analyzer.catalog(), out);
            for (int i = 0; i < analyses.size(); i++) {
                text.print(analyses.get(i), draftFiles.get(i).toString());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<Draft> loadPending() throws FormatException, IOException {
        List<Draft> pending = new ArrayList<>();
        if (pendingDir == null) {
            return pending;
        }
        if (!Files.isDirectory(pendingDir)) {
            throw new UserError(pendingDir + ": --pending expects a folder of draft files");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(pendingDir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            if (draftFiles.stream().noneMatch(d -> sameFile(d, file))) {
                pending.add(InputFiles.draft(file));
            }
        }
        return pending;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private String json(DraftAnalyzer analyzer, List<DraftAnalysis> analyses, Snapshot snapshot, Policy policy)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", AnalysisDocument.FORMAT);
        root.put("snapshot", snapshot.id());
        root.put("policy", policy.id());
        AnalysisDocument document = new AnalysisDocument(analyzer.catalog());
        ArrayNode drafts = root.putArray("drafts");
        for (int i = 0; i < analyses.size(); i++) {
            drafts.add(document.draft(analyses.get(i), draftFiles.get(i).toString()));
        }
        return mapper.writeValueAsString(root);
    }
}
