package io.countersign.cli;

import io.countersign.cli.mcp.IntakeServer;
import io.countersign.services.AppVersion;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code countersign mcp}: the intake for one assistant, as an MCP server on stdin and stdout (ADR 0017). */
@Command(
        name = "mcp",
        mixinStandardHelpOptions = true,
        description = "Serve the Model Context Protocol on stdin/stdout for one drafting assistant: submit_draft, "
                + "draft_status, list_formats, describe_policy. No tool decides, signs or reads keys. The workspace "
                + "is opened when a call needs it and released after --release-after idle milliseconds, so the "
                + "workbench can use it in between; while the workbench has it, drafts go through its inbox.")
public final class McpCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(
            names = "--drafter",
            required = true,
            paramLabel = "ID",
            description = "The workload identity the assistant runs as; drafts whose drafter.workloadIdentity "
                    + "is another are refused.")
    String drafter;

    @Option(
            names = "--release-after",
            paramLabel = "MS",
            defaultValue = "3000",
            description = "Close the workspace after this many milliseconds without calls (default ${DEFAULT-VALUE}).")
    long releaseAfterMillis;

    @Option(
            names = "--backlog",
            paramLabel = "N",
            defaultValue = "64",
            description = "Calls that may wait for the workspace; more are refused at once (default ${DEFAULT-VALUE}).")
    int backlog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (drafter.isBlank() || drafter.length() > 256) {
            throw new UserError("--drafter must name a workload identity (1 to 256 characters)");
        }
        if (releaseAfterMillis < 1 || backlog < 1 || backlog > 100_000) {
            throw new UserError("--release-after must be at least 1 and --backlog between 1 and 100000");
        }
        // The protocol owns stdout: anything else printed there would break it, so System.out
        // goes to stderr from here on and the transport writes to the real stdout.
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        IntakeServer.serve(
                new IntakeServer.Settings(
                        workspace.directory(),
                        drafter,
                        Duration.ofMillis(releaseAfterMillis),
                        backlog,
                        AppVersion.VERSION),
                System.in,
                protocol,
                System.err);
        return ExitCodes.OK;
    }
}
