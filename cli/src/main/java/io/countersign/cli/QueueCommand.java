package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import io.countersign.model.format.Snapshot;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.StoredDraft;
import io.countersign.persistence.input.StoredInput;
import io.countersign.persistence.input.WorkspaceInputs;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.decision.DraftStanding;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.evidence.StoreVerifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code countersign queue}: the latest revision of every draft, riskiest first. */
@Command(name = "queue", mixinStandardHelpOptions = true,
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
    private record Entry(StoredDraft pending, DraftAnalysis analysis, DraftStanding standing) {
        RiskTier risk() {
            return analysis == null ? null : analysis.risk();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<StoredDraft> drafts;
        Optional<StoredInput<Snapshot>> snapshot;
        Optional<StoredInput<Policy>> policy;
        List<DecisionRecord> decisions;
        try (Workspace open = workspace.open(err)) {
            WorkspaceInputs inputs = new WorkspaceInputs(open);
            drafts = inputs.pendingDrafts();
            snapshot = inputs.currentSnapshot();
            policy = inputs.currentPolicy();
            StoreVerification verification = new StoreVerifier(open).verify();
            verification.firstBroken().ifPresent(broken -> err.println("countersign: warning: the evidence store fails "
                    + "verification at " + broken.describe() + "; decisions after it are not counted"));
            decisions = verification.verifiedDecisions();
        }
        List<Entry> entries = analyse(drafts, snapshot, policy, decisions, err).stream()
                .filter(entry -> all || !entry.standing().isFinal()).toList();
        if (format.json()) {
            out.println(FormatOption.write(json(entries, snapshot, policy)));
        } else if (entries.isEmpty()) {
            out.println("no pending drafts: import some with 'countersign import FILE...'");
        } else {
            entries.forEach(entry -> out.println(text(entry)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static List<Entry> analyse(List<StoredDraft> drafts, Optional<StoredInput<Snapshot>> snapshot,
                                       Optional<StoredInput<Policy>> policy, List<DecisionRecord> decisions, PrintWriter err) {
        List<Entry> entries = new ArrayList<>();
        if (snapshot.isEmpty() || policy.isEmpty()) {
            if (!drafts.isEmpty()) {
                err.println("countersign: no current " + (snapshot.isEmpty() ? "snapshot" : "policy")
                        + " in this workspace, so risk is not shown; import one with 'countersign import FILE'");
            }
            drafts.forEach(d -> entries.add(new Entry(d, null, standing(d, 1, decisions))));
            return entries;
        }
        DraftAnalyzer analyzer = new DraftAnalyzer(snapshot.get().value(), policy.get().value());
        List<Draft> all = drafts.stream().map(StoredDraft::draft).toList();
        for (StoredDraft d : drafts) {
            DraftAnalysis analysis = analyzer.analyze(d.draft(), all, ReviewContext.NONE);
            entries.add(new Entry(d, analysis, standing(d, analysis.approversNeeded(), decisions)));
        }
        entries.sort(Comparator.comparing(Entry::risk, Comparator.nullsFirst(Comparator.<RiskTier>naturalOrder()))
                .reversed().thenComparing(e -> e.pending().draft().id()));
        return entries;
    }

    private static DraftStanding standing(StoredDraft draft, int needed, List<DecisionRecord> decisions) {
        return DraftStanding.of(draft.draft().id(), draft.draft().revision(), needed, decisions);
    }

    private static String standingText(DraftStanding standing) {
        if (standing.isFinal()) {
            return "  · " + standing.finalOutcome();
        }
        return standing.approvers().isEmpty() ? "" : "  · " + standing.approvers().size() + " of " + standing.approversNeeded() + " approvals";
    }

    private static String text(Entry entry) {
        Draft draft = entry.pending().draft();
        String risk = entry.analysis() == null ? "risk ?"
                : entry.risk().code() + " risk, " + severity(entry.analysis().highestSeverity());
        return draft.id() + " r" + draft.revision() + "  " + draft.kind().code() + "  " + risk + "  "
                + draft.title() + "  [" + String.join(", ", draft.affectedIdentities()) + "]" + standingText(entry.standing());
    }

    private static String severity(Severity severity) {
        return severity == null ? "no findings" : "highest finding " + severity.code();
    }

    private static ObjectNode json(List<Entry> entries, Optional<StoredInput<Snapshot>> snapshot,
                                   Optional<StoredInput<Policy>> policy) {
        ObjectNode root = FormatOption.mapper().createObjectNode();
        root.put("snapshot", snapshot.map(s -> s.value().id()).orElse(null));
        root.put("snapshotDigest", snapshot.map(s -> s.digest().toString()).orElse(null));
        root.put("policy", policy.map(p -> p.value().id()).orElse(null));
        root.put("policyDigest", policy.map(p -> p.digest().toString()).orElse(null));
        ArrayNode array = root.putArray("drafts");
        for (Entry entry : entries) {
            Draft draft = entry.pending().draft();
            ObjectNode node = array.addObject()
                    .put("id", draft.id())
                    .put("revision", draft.revision())
                    .put("kind", draft.kind().code())
                    .put("title", draft.title())
                    .put("digest", entry.pending().digest().toString());
            ArrayNode identities = node.putArray("affectedIdentities");
            draft.affectedIdentities().forEach(identities::add);
            ArrayNode superseded = node.putArray("supersededRevisions");
            entry.pending().superseded().forEach(ref -> superseded.add(ref.revision()));
            node.put("standing", entry.standing().isFinal() ? entry.standing().finalOutcome() : "pending");
            ArrayNode approvals = node.putArray("approvals");
            entry.standing().approvers().forEach(approvals::add);
            DraftAnalysis analysis = entry.analysis();
            node.put("risk", analysis == null ? null : analysis.risk().code());
            node.put("highestSeverity", analysis == null || analysis.highestSeverity() == null
                    ? null : analysis.highestSeverity().code());
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
