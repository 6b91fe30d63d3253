package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.persistence.Workspace;
import io.countersign.services.evidence.EntryVerdict;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.evidence.StoreVerifier;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code countersign verify-store}: verifies the whole evidence chain and names the first broken record. */
@Command(
        name = "verify-store",
        mixinStandardHelpOptions = true,
        description = "Verify every record in the workspace's evidence chain: signatures, keys, chain links and the "
                + "reviewed content. Exit 0 intact, 1 broken (the first broken record is named), 2 unusable.")
public final class VerifyStoreCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    FormatOption format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        StoreVerification verification;
        try (Workspace open = workspace.openWithoutSweep()) {
            verification = new StoreVerifier(open).verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.println(FormatOption.write(json(verification)));
        } else if (verification.intact()) {
            out.printf(
                    "evidence store intact: %d record%s verified%n",
                    verification.entries().size(), verification.entries().size() == 1 ? "" : "s");
        } else {
            EntryVerdict first = verification.firstBroken().orElseThrow();
            out.printf("evidence store BROKEN at record %s%n", first.describe());
            long broken = verification.entries().stream().filter(v -> !v.ok()).count();
            out.printf(
                    "%d of %d records fail verification%n",
                    broken, verification.entries().size());
        }
        out.flush();
        return verification.intact() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    static ObjectNode json(StoreVerification verification) {
        ObjectNode root = FormatOption.mapper().createObjectNode();
        root.put("intact", verification.intact());
        root.put("records", verification.entries().size());
        verification
                .firstBroken()
                .ifPresentOrElse(first -> root.set("firstBroken", verdict(first)), () -> root.putNull("firstBroken"));
        ArrayNode entries = root.putArray("entries");
        verification.entries().forEach(verdict -> entries.add(verdict(verdict)));
        return root;
    }

    private static ObjectNode verdict(EntryVerdict verdict) {
        ObjectNode node = FormatOption.mapper().createObjectNode();
        node.put("seq", verdict.seq());
        node.put("kind", verdict.kind());
        node.put("reason", verdict.reason().name());
        node.put("detail", verdict.detail());
        return node;
    }
}
