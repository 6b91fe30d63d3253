package io.countersign.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code countersign trust}: the trust anchors a provisioning system pins. */
@Command(
        name = "trust",
        mixinStandardHelpOptions = true,
        description = "Export the keys a provisioning system trusts to approve changes.",
        subcommands = {TrustExportCommand.class})
public final class TrustCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
