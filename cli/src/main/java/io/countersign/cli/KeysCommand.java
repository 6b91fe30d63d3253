package io.countersign.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code countersign keys}: approvers' signing keys. */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "Create, list and rotate approvers' signing keys (Ed25519 in passphrase-protected PKCS#12).",
        subcommands = {KeysInitCommand.class, KeysListCommand.class, KeysRotateCommand.class})
public final class KeysCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
