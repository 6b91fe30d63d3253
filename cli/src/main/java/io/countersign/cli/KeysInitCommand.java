package io.countersign.cli;

import io.countersign.persistence.Workspace;
import io.countersign.services.keys.ApproverKey;
import io.countersign.services.keys.ApproverKeystore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code countersign keys init}: an approver's first key. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create an approver's signing key in keys/ and register its public key in the store.")
public final class KeysInitCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    PassphraseOption passphrase;

    @Mixin
    FormatOption format;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The approver's identity id.")
    String ownerId;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The approver's display name.")
    String displayName;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace open = workspace.open(spec.commandLine().getErr())) {
            char[] secret = passphrase.readNew("New passphrase for " + ownerId + " (12 characters or more)");
            ApproverKey key = new ApproverKeystore(open).init(ownerId, displayName, secret);
            if (format.json()) {
                out.println(FormatOption.write(KeysListCommand.json(key)));
            } else {
                out.println("created key " + key.keyId() + " for " + ownerId + " (" + displayName + ") in "
                        + key.keystore().map(Object::toString).orElse("?"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
