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

/** {@code countersign keys rotate}: replace an approver's key; the old one stays valid for its window. */
@Command(
        name = "rotate",
        mixinStandardHelpOptions = true,
        description = "Retire the approver's current key now and create its successor under the same passphrase. "
                + "Decisions signed with the old key inside its window stay valid.")
public final class KeysRotateCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    PassphraseOption passphrase;

    @Mixin
    FormatOption format;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The approver's identity id.")
    String ownerId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace open = workspace.open(spec.commandLine().getErr())) {
            ApproverKeystore keystore = new ApproverKeystore(open);
            String previous = keystore.currentKey(ownerId).map(k -> k.keyId()).orElse(null);
            ApproverKey key = keystore.rotate(ownerId, passphrase.read("Passphrase for " + ownerId));
            if (format.json()) {
                out.println(FormatOption.write(KeysListCommand.json(key).put("replaces", previous)));
            } else {
                out.println("rotated " + ownerId + ": " + previous + " retired, " + key.keyId() + " is current");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
