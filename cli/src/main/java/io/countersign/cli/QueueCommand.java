package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.decision.DraftStanding;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import io.countersign.model.format.Snapshot;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.StoredInput;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.evidence.StoreVerifier;
import io.countersign.services.queue.Queue;
import io.countersign.services.queue.QueueEntry;
import io.countersign.services.queue.QueueService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code countersign queue}: the latest revision of every draft, riskiest first. */
@Command(
        name = "queue",
        mixinStandardHelpOptions = true,
        description = "List pending drafts (latest revision of each) with the risk and highest finding severity "
                + "from analysis against the workspace's current snapshot and policy.")
public final class QueueCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    FormatOption format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--all", description = "Also list drafts that are already approved, rejected or sent back.")
    boolean all;

    /** One queue line; analysis is null while the workspace has no snapshot or policy. */
    private record Line(QueueEntry entry, DraftAnalysis analysis, DraftStanding standing) {
        RiskTier risk() {
            return analysis == null ? null : analysis.risk();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Queue queue;
        try (Workspace open = workspace.open(err)) {
            StoreVerification verification = new StoreVerifier(open).verify();
            verification
                    .firstBroken()
                    .ifPresent(broken -> err.println("countersign: warning: the evidence store fails "
                            + "verification at " + broken.describe() + "; decisions after it are not counted"));
            queue = new QueueService(open).queue(verification.verifiedDecisions());
        }
        List<Line> lines = analyse(queue, err).stream()
                .filter(line -> all || !line.standing().isFinal())
                .toList();
        if (format.json()) {
            out.println(FormatOption.write(json(lines, queue)));
        } else if (lines.isEmpty()) {
            out.println("no pending drafts: import some with 'countersign import FILE...'");
        } else {
            lines.forEach(line -> out.println(text(line)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static List<Line> analyse(Queue queue, PrintWriter err) {
        List<Line> lines = new ArrayList<>();
        if (!queue.analysable()) {
            if (!queue.entries().isEmpty()) {
                err.println("countersign: no current " + queue.missingInput().orElseThrow()
                        + " in this workspace, so risk is not shown; import one with 'countersign import FILE'");
            }
            queue.entries().forEach(entry -> lines.add(new Line(entry, null, entry.standing(1))));
            return lines;
        }
        for (QueueEntry entry : queue.entries()) {
            DraftAnalysis analysis = queue.analyze(entry.draft(), ReviewContext.NONE);
            lines.add(new Line(entry, analysis, entry.standing(analysis.approversNeeded())));
        }
        lines.sort(Comparator.comparing(Line::risk, Comparator.nullsFirst(Comparator.<RiskTier>naturalOrder()))
                .reversed()
                .thenComparing(line -> line.entry().draft().id()));
        return lines;
    }

    private static String standingText(DraftStanding standing) {
        if (standing.isFinal()) {
            return "  · " + standing.finalOutcome();
        }
        return standing.approvers().isEmpty()
                ? ""
                : "  · " + standing.approvers().size() + " of " + standing.approversNeeded() + " approvals";
    }

    private static String text(Line entry) {
        Draft draft = entry.entry().draft();
        String risk = entry.analysis() == null
                ? "risk ?"
                : entry.risk().code() + " risk, " + severity(entry.analysis().highestSeverity());
        return draft.id() + " r" + draft.revision() + "  " + draft.kind().code() + "  " + risk + "  " + draft.title()
                + "  [" + String.join(", ", draft.affectedIdentities()) + "]" + standingText(entry.standing());
    }

    private static String severity(Severity severity) {
        return severity == null ? "no findings" : "highest finding " + severity.code();
    }

    private static ObjectNode json(List<Line> entries, Queue queue) {
        Optional<StoredInput<Snapshot>> snapshot = queue.snapshot();
        Optional<StoredInput<Policy>> policy = queue.policy();
        ObjectNode root = FormatOption.mapper().createObjectNode();
        root.put("snapshot", snapshot.map(s -> s.value().id()).orElse(null));
        root.put("snapshotDigest", snapshot.map(s -> s.digest().toString()).orElse(null));
        root.put("policy", policy.map(p -> p.value().id()).orElse(null));
        root.put("policyDigest", policy.map(p -> p.digest().toString()).orElse(null));
        ArrayNode array = root.putArray("drafts");
        for (Line entry : entries) {
            Draft draft = entry.entry().draft();
            ObjectNode node = array.addObject()
                    .put("id", draft.id())
                    .put("revision", draft.revision())
                    .put("kind", draft.kind().code())
                    .put("title", draft.title())
                    .put("digest", entry.entry().digest().toString());
            ArrayNode identities = node.putArray("affectedIdentities");
            draft.affectedIdentities().forEach(identities::add);
            ArrayNode superseded = node.putArray("supersededRevisions");
            entry.entry().supersededRevisions().forEach(superseded::add);
            node.put("standing", entry.standing().isFinal() ? entry.standing().finalOutcome() : "pending");
            ArrayNode approvals = node.putArray("approvals");
            entry.standing().approvers().forEach(approvals::add);
            DraftAnalysis analysis = entry.analysis();
            node.put("risk", analysis == null ? null : analysis.risk().code());
            node.put(
                    "highestSeverity",
                    analysis == null || analysis.highestSeverity() == null
                            ? null
                            : analysis.highestSeverity().code());
            if (analysis == null) {
                node.putNull("findings");
                node.putNull("approversNeeded");
            } else {
                node.put("findings", analysis.findings().size());
                node.put("approversNeeded", analysis.approversNeeded());
            }
        }
        return root;
    }
}
