package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.persistence.Workspace;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.evidence.StoreVerifier;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code countersign decisions}: the recorded decisions, read from verified envelopes only. */
@Command(
        name = "decisions",
        mixinStandardHelpOptions = true,
        description = "List recorded decisions, read from verified envelopes. Exit 0, or 1 when the store fails "
                + "verification (records from the first broken one on are not trusted and not listed).")
public final class DecisionsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    FormatOption format;

    @Option(names = "--draft", paramLabel = "ID", description = "Only this draft's decisions.")
    String draft;

    @Option(names = "--approver", paramLabel = "ID", description = "Only this approver's decisions.")
    String approver;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        StoreVerification verification;
        try (Workspace open = workspace.openWithoutSweep()) {
            verification = new StoreVerifier(open).verify();
        }
        long firstBroken = verification.firstBroken().map(v -> v.seq()).orElse(Long.MAX_VALUE);
        List<DecisionRecord> decisions = verification.verifiedDecisions().stream()
                .filter(d -> d.seq() < firstBroken)
                .filter(d -> draft == null || d.draftId().equals(draft))
                .filter(d -> approver == null || d.approverId().equals(approver))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            ObjectNode root = FormatOption.mapper().createObjectNode();
            root.put("storeIntact", verification.intact());
            verification.firstBroken().ifPresent(v -> root.put("firstBroken", v.describe()));
            ArrayNode list = root.putArray("decisions");
            decisions.forEach(d -> list.add(json(d)));
            out.println(FormatOption.write(root));
        } else {
            verification
                    .firstBroken()
                    .ifPresent(v -> out.println("WARNING: evidence store fails verification at " + v.describe()
                            + "; later records are not listed"));
            if (decisions.isEmpty()) {
                out.println("no decisions recorded");
            }
            for (DecisionRecord d : decisions) {
                out.printf(
                        "%5d  %s  %-16s %s r%d  %s (%s)%s%n",
                        d.seq(),
                        d.decidedAt(),
                        d.outcome().code(),
                        d.draftId(),
                        d.revision(),
                        d.approverName(),
                        d.approverId(),
                        d.justification() == null ? "" : " — " + d.justification());
            }
        }
        out.flush();
        return verification.intact() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static ObjectNode json(DecisionRecord d) {
        ObjectNode node = FormatOption.mapper().createObjectNode();
        node.put("seq", d.seq());
        node.put("draft", d.draftId());
        node.put("revision", d.revision());
        node.put("kind", d.draftKind());
        node.put("title", d.draftTitle());
        node.put("outcome", d.outcome().code());
        node.put("approver", d.approverId());
        node.put("approverName", d.approverName());
        node.put("keyId", d.keyId());
        node.put("decidedAt", d.decidedAt().toString());
        node.put("justification", d.justification());
        node.put("verified", true);
        return node;
    }
}
