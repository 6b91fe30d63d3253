package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.gate.AnchorKey;
import io.countersign.gate.TrustAnchors;
import io.countersign.persistence.Workspace;
import io.countersign.services.approval.TrustExporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code countersign trust export}: the workspace's approver keys as {@code countersign.trust/v1}. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write the trust anchors (every registered approver key with its validity) for the approval "
                + "gate to pin. Exit 0 when written, 2 on bad input.")
public final class TrustExportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    FormatOption format;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "trust.json",
            description = "Where to write (never overwritten).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TrustAnchors anchors;
        try (Workspace open = workspace.openWithoutSweep()) {
            anchors = new TrustExporter(open).anchors(Instant.now());
        }
        OutputFile.writeNew(out, anchors.toJson(), "--out");
        PrintWriter writer = spec.commandLine().getOut();
        if (format.json()) {
            ObjectNode node = FormatOption.mapper().createObjectNode();
            node.put("trust", out.toString());
            node.put("keys", anchors.keys().size());
            writer.println(FormatOption.write(node));
        } else {
            writer.printf(
                    "wrote %s · %d key%s%n",
                    out, anchors.keys().size(), anchors.keys().size() == 1 ? "" : "s");
            for (AnchorKey key : anchors.keys()) {
                writer.printf(
                        "  %s  %s  valid from %s%s%n",
                        key.owner(), key.keyId(), key.validFrom(), key.validTo() == null ? "" : " to " + key.validTo());
            }
        }
        writer.flush();
        return ExitCodes.OK;
    }
}
