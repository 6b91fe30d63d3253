package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.read.FormatException;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.Workspace;
import io.countersign.services.intake.ImportRefusedException;
import io.countersign.services.intake.ImportResult;
import io.countersign.services.intake.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code countersign import}: put input files into the workspace's store. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description =
                "Import drafts, snapshots, policies (JSON or YAML) and casebooks into the workspace. "
                        + "Each file is all or nothing. Exit 0 when every file was imported (or already was), 2 if any was rejected.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    FormatOption format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files (countersign.*/v1).")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode results = FormatOption.mapper().createArrayNode();
        boolean anyRejected = false;
        try (Workspace open = workspace.open(spec.commandLine().getErr())) {
            Importer importer = new Importer(open);
            for (Path file : files) {
                ObjectNode row = results.addObject().put("file", file.toString());
                try {
                    ImportResult result = importer.importFile(file);
                    row.put(
                                    "status",
                                    result.status()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', '-'))
                            .put("kind", result.kind().storedName())
                            .put("id", result.inputId())
                            .put("digest", result.digest().toString())
                            .put("message", result.message());
                    if (!format.json()) {
                        out.println(file + ": " + result.message() + " (" + result.digest() + ")");
                    }
                } catch (FormatException | ImportRefusedException | StoreRefusedException e) {
                    anyRejected = true;
                    row.put("status", "rejected").put("reason", e.getMessage());
                    if (!format.json()) {
                        out.println(file + ": rejected: " + e.getMessage());
                    }
                }
            }
        }
        if (format.json()) {
            ObjectNode root = FormatOption.mapper().createObjectNode();
            root.set("results", results);
            out.println(FormatOption.write(root));
        }
        out.flush();
        return anyRejected ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
