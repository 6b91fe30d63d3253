package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.persistence.Workspace;
import io.countersign.services.keys.ApproverKey;
import io.countersign.services.keys.ApproverKeystore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code countersign keys list}: every registered key and its validity window. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List registered approver keys: owner, key id, validity window and keystore file.")
public final class KeysListCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    FormatOption format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ApproverKey> keys;
        try (Workspace open = workspace.open(spec.commandLine().getErr())) {
            keys = new ApproverKeystore(open).list();
        }
        if (format.json()) {
            ObjectNode root = FormatOption.mapper().createObjectNode();
            ArrayNode array = root.putArray("keys");
            keys.forEach(key -> array.add(json(key)));
            out.println(FormatOption.write(root));
        } else if (keys.isEmpty()) {
            out.println("no keys: create one with 'countersign keys init --id ID --name NAME'");
        } else {
            for (ApproverKey key : keys) {
                out.println(key.ownerId() + "  " + key.registration().displayName() + "  " + key.keyId()
                        + "  valid from " + key.validFrom()
                        + key.validTo().map(to -> " to " + to + " (retired)").orElse(" (current)")
                        + (key.keystore().isEmpty() ? "  [no keystore file here]" : ""));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static ObjectNode json(ApproverKey key) {
        ObjectNode node = FormatOption.mapper().createObjectNode();
        node.put("ownerId", key.ownerId());
        node.put("name", key.registration().displayName());
        node.put("keyId", key.keyId());
        node.put("validFrom", key.validFrom().toString());
        node.put("validTo", key.validTo().map(Object::toString).orElse(null));
        node.put("current", key.current());
        node.put("keystore", key.keystore().map(Object::toString).orElse(null));
        return node;
    }
}
