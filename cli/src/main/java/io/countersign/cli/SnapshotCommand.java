package io.countersign.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code countersign snapshot}: make snapshots from where identity data lives. */
@Command(
        name = "snapshot",
        mixinStandardHelpOptions = true,
        description = "Convert SCIM 2.0 and AWS IAM exports into countersign.snapshot/v1, and merge snapshots.",
        subcommands = {SnapshotFromScimCommand.class, SnapshotFromAwsCommand.class, SnapshotMergeCommand.class})
public final class SnapshotCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
                "countersign snapshot: name a command: from-scim, from-aws or merge (see countersign snapshot --help)");
        return ExitCodes.BAD_INPUT;
    }
}
