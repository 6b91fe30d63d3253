package io.countersign.services.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.decision.DraftStanding;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.DraftReader;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceJson;
import io.countersign.model.read.SourceNode;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.StoredInput;
import io.countersign.services.evidence.StoreVerifier;
import io.countersign.services.queue.Queue;
import io.countersign.services.queue.QueueEntry;
import io.countersign.services.queue.QueueService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The intake for one drafting assistant (ADR 0017): a submitted draft is read as strictly as a
 * file, checked to come from the one workload identity the intake serves, imported like a file
 * (a new revision supersedes; a changed draft with the same revision is refused) and analysed
 * against the current snapshot and policy with the identity's other open drafts, so the assistant
 * can revise it before a human looks. It also tells where a draft stands, from verified decisions
 * only. Nothing here decides, signs or reads keys.
 *
 * <p>One instance per open workspace, one caller at a time. The verified decisions and the queue
 * are read once, when it is made: they cannot change while this process holds the workspace (one
 * opener at a time, ADR 0004), except by this intake's own imports, which it tracks.
 */
public final class AssistantIntake {

    /** The name a submitted draft goes by in messages and in the import log. */
    public static final String SOURCE = "submit_draft";

    private final Importer importer;
    private final List<DecisionRecord> verified;
    private final Queue queue;
    private final Map<String, QueueEntry> entries = new HashMap<>();
    /** Drafts imported through this intake, latest revision of each, by id. */
    private final Map<String, Draft> submitted = new HashMap<>();
    /** The ids in {@link #submitted} by the identities their latest revision changes. */
    private final Map<String, Set<String>> submittedByIdentity = new HashMap<>();

    public AssistantIntake(Workspace workspace) {
        this.importer = new Importer(workspace);
        this.verified = new StoreVerifier(workspace).verify().verifiedDecisions();
        this.queue = new QueueService(workspace).queue(verified);
        queue.entries().forEach(entry -> entries.put(entry.draft().id(), entry));
    }

    /** A draft as the intake read it: bound, and as a plain JSON tree for storing. */
    public record ReadDraft(Draft draft, JsonNode json) {}

    /** What a submission did: the import, and the analysis (null when {@code missingInput} names what is missing). */
    public record Submission(ImportResult imported, DraftAnalysis analysis, String missingInput) {}

    /**
     * Where a draft stands: its latest revision, the standing from verified decisions, those
     * decisions, and the workload identity that revision names as its drafter (null if none).
     */
    public record DraftStatus(
            String draftId,
            int latestRevision,
            DraftStanding standing,
            List<DecisionRecord> decisions,
            String drafterIdentity) {
        public DraftStatus {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * Reads a submitted draft strictly and checks its drafter. The intake's drafter id is matched
     * against {@code drafter.workloadIdentity}: the identity the assistant runs as, which the
     * snapshot and the independence rules know; {@code drafter.agent} is the product's label and
     * is not an identity.
     *
     * @throws FormatException the draft is not a valid draft, or claims another drafter (the
     *     message names line:column and the JSON pointer)
     */
    public static ReadDraft read(SourceNode root, String drafter) throws FormatException {
        Draft draft = DraftReader.read(root);
        String claimed = draft.drafter().workloadIdentity();
        if (!drafter.equals(claimed)) {
            String expected = "this intake takes drafts from the workload identity \"" + drafter + "\" only";
            if (claimed == null) {
                throw root.field("drafter").error(expected + "; the draft names no drafter.workloadIdentity");
            }
            throw root.field("drafter")
                    .field("workloadIdentity")
                    .error(expected + "; the draft claims \"" + claimed + "\"");
        }
        return new ReadDraft(draft, SourceJson.toJson(root));
    }

    /**
     * Imports a draft read by {@link #read} and analyses it.
     *
     * @throws ImportRefusedException the same revision was imported before with other content
     */
    public Submission submit(ReadDraft read) {
        Draft draft = read.draft();
        ImportResult result = importer.importDraft(Path.of(SOURCE), draft, read.json(), true);
        if (latest(draft.id()).map(known -> known.revision() < draft.revision()).orElse(true)) {
            remember(draft);
        }
        if (!queue.analysable()) {
            return new Submission(result, null, queue.missingInput().orElseThrow());
        }
        return new Submission(result, analyze(draft), null);
    }

    /** Where the draft stands, or empty when the workspace has no draft with this id. */
    public Optional<DraftStatus> status(String draftId) {
        return latest(draftId).map(draft -> {
            List<DecisionRecord> decisions = verified.stream()
                    .filter(decision -> decision.draftId().equals(draftId))
                    .toList();
            int needed = queue.analysable()
                    ? analyze(draft).approversNeeded()
                    : decisions.stream()
                            .mapToInt(DecisionRecord::approversNeeded)
                            .max()
                            .orElse(1);
            return new DraftStatus(
                    draftId,
                    draft.revision(),
                    DraftStanding.of(draftId, draft.revision(), needed, decisions),
                    decisions,
                    draft.drafter().workloadIdentity());
        });
    }

    /** The analyser of the current snapshot and policy, when the workspace has both. */
    public Optional<DraftAnalyzer> analyzer() {
        return queue.analysable() ? Optional.of(queue.analyzer()) : Optional.empty();
    }

    public Optional<Snapshot> snapshot() {
        return queue.snapshot().map(StoredInput::value);
    }

    public Optional<Policy> policy() {
        return queue.policy().map(StoredInput::value);
    }

    private DraftAnalysis analyze(Draft draft) {
        return queue.analyzer().analyze(draft, otherOpenDrafts(draft), ReviewContext.NONE);
    }

    private Optional<Draft> latest(String draftId) {
        Draft draft = submitted.get(draftId);
        if (draft != null) {
            return Optional.of(draft);
        }
        return Optional.ofNullable(entries.get(draftId)).map(QueueEntry::draft);
    }

    private void remember(Draft draft) {
        submitted.put(draft.id(), draft);
        draft.affectedIdentities()
                .forEach(identity -> submittedByIdentity
                        .computeIfAbsent(identity, id -> new LinkedHashSet<>())
                        .add(draft.id()));
    }

    /** The queue's open drafts sharing an identity with this one, with those submitted here in their latest revision. */
    private List<Draft> otherOpenDrafts(Draft draft) {
        List<Draft> others = new ArrayList<>();
        for (Draft other : queue.otherOpenDrafts(draft)) {
            if (!submitted.containsKey(other.id())) {
                others.add(other);
            }
        }
        Set<String> added = new LinkedHashSet<>();
        for (String identity : draft.affectedIdentities()) {
            for (String id : submittedByIdentity.getOrDefault(identity, Set.of())) {
                Draft other = submitted.get(id);
                if (!id.equals(draft.id()) && other.affectedIdentities().contains(identity) && added.add(id)) {
                    others.add(other);
                }
            }
        }
        return others;
    }
}
