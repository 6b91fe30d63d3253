package io.countersign.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.app.queue.PendingDraft;
import io.countersign.app.queue.QueueAnalysis;
import io.countersign.app.queue.QueueItem;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.decision.ApprovedDraft;
import io.countersign.model.decision.DecisionInput;
import io.countersign.model.decision.DecisionProblem;
import io.countersign.model.decision.DecisionRules;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Casebook;
import io.countersign.model.format.TrainingCase;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.model.training.CaseResult;
import io.countersign.persistence.Workspace;
import io.countersign.services.AppVersion;
import io.countersign.services.evidence.DecisionRefusedException;
import io.countersign.services.evidence.DecisionService;
import io.countersign.services.evidence.RecordedDecision;
import io.countersign.services.evidence.ReviewMaterial;
import io.countersign.services.intake.ImportResult;
import io.countersign.services.intake.Importer;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A casebook opened for a class in a workspace of its own: imported into a fresh store, decided
 * with training keys, every record marked {@code workspace: training}. It never opens, reads or
 * writes an evidence workspace. Blocking calls: run it off the FX thread.
 */
public final class TrainingWorkspace implements AutoCloseable {
    private final Casebook casebook;
    private final Workspace workspace;
    private final Clock clock;
    private final DecisionService decisions;
    private final TrainingKeys keys;
    private final List<TrainingCaseItem> cases;

    private TrainingWorkspace(Casebook casebook, Workspace workspace, Clock clock, List<TrainingCaseItem> cases) {
        this.casebook = casebook;
        this.workspace = workspace;
        this.clock = clock;
        this.decisions = new DecisionService(workspace, clock, AppVersion.VERSION, true);
        this.keys = new TrainingKeys(workspace, clock);
        this.cases = List.copyOf(cases);
    }

    /**
     * Reads the casebook strictly, then imports it into a new folder under {@code root} named after
     * the casebook and the time ({@code lkf-sample-casebook-20261120-093500}).
     */
    public static TrainingWorkspace open(Path casebookFile, Path root, Instant startedAt)
            throws FormatException, IOException {
        Casebook casebook = InputFiles.casebook(casebookFile);
        Path folder = freshFolder(root, casebook.id(), startedAt);
        Clock clock = caseTime(casebook);
        Workspace workspace = Workspace.open(folder, clock);
        try {
            ImportResult imported = new Importer(workspace).importFile(casebookFile);
            JsonNode stored = CanonicalJson.parse(
                    workspace.blobs().get(imported.digest().hex()).orElseThrow().content());
            return new TrainingWorkspace(casebook, workspace, clock, items(casebook, stored));
        } catch (FormatException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /**
     * Cases are written for a moment in time ("now" is when their drafts were made); the session's
     * clock starts just after the latest draft and runs on, so expiries and control validity read as
     * the case author meant whatever today's date is.
     */
    private static Clock caseTime(Casebook casebook) {
        Instant latest = casebook.cases().stream()
                .map(c -> c.draft().createdAt())
                .filter(t -> t != null)
                .max(Comparator.naturalOrder())
                .orElse(Instant.now());
        Clock wall = Clock.systemUTC();
        return Clock.offset(wall, Duration.between(wall.instant(), latest.plus(Duration.ofMinutes(10))));
    }

    private static Path freshFolder(Path root, String casebookId, Instant startedAt) throws IOException {
        String stamp =
                startedAt.toString().replaceAll("[-:]", "").replace('T', '-').replaceAll("\\..*|Z", "");
        String safeId = casebookId.replaceAll("[^A-Za-z0-9._-]", "_");
        Files.createDirectories(root);
        for (int n = 1; ; n++) {
            Path candidate = root.resolve(safeId + "-" + stamp + (n == 1 ? "" : "-" + n));
            try {
                return Files.createDirectory(candidate); // fails if it exists: a session never reuses a store
            } catch (FileAlreadyExistsException e) {
                // try the next suffix
            }
        }
    }

    /** Each case with the digests its decision is bound to, taken from the stored (self-contained) casebook. */
    private static List<TrainingCaseItem> items(Casebook casebook, JsonNode stored) {
        QueueAnalysis analysis = new QueueAnalysis();
        List<TrainingCaseItem> items = new ArrayList<>();
        for (int i = 0; i < casebook.cases().size(); i++) {
            TrainingCase c = casebook.cases().get(i);
            JsonNode json = stored.get("cases").get(i);
            DraftAnalyzer analyzer = new DraftAnalyzer(c.snapshot(), c.policy());
            String actingAs = ActingApprover.choose(c, analyzer);
            List<String> prior = c.reviewAs() == null ? List.of() : c.priorApprovers();
            PendingDraft pending = new PendingDraft(
                    c.draft(), c.snapshot(), c.policy(), c.pending(), ReviewContext.approver(actingAs, prior));
            QueueItem item = analysis.analyze(List.of(pending)).getFirst();
            ReviewMaterial material = new ReviewMaterial(
                    c.draft(),
                    digest(json.get("draft")),
                    c.snapshot(),
                    digest(json.has("snapshot") ? json.get("snapshot") : stored.get("snapshot")),
                    c.policy(),
                    digest(json.has("policy") ? json.get("policy") : stored.get("policy")),
                    c.pending(),
                    c.draft().revision());
            items.add(new TrainingCaseItem(c, item, material, actingAs));
        }
        return items;
    }

    private static Digest digest(JsonNode document) {
        return Digest.sha256(CanonicalJson.canonicalize(document));
    }

    /**
     * Checks, signs and records the trainee's decision in the training store, then scores it. When
     * the case blocks the identity the trainee acts as, nothing can be recorded (as at work): an
     * approval is refused with the block's reasons; any other choice is scored if the block is the
     * only objection.
     */
    public DecisionAttempt decide(TrainingCaseItem item, DecisionInput input) {
        CaseResult result = CaseResult.score(item.trainingCase(), input.outcome(), input.acknowledged());
        if (item.blocked()) {
            return decideBlocked(item, input, result);
        }
        try {
            RecordedDecision recorded = decisions.record(
                    item.material(), item.actingAs(), input, keys.unlock(item.actingAs(), item.actingAsName()));
            return DecisionAttempt.recorded(result, recorded.seq());
        } catch (DecisionRefusedException e) {
            return DecisionAttempt.refused(
                    e.problems().stream().map(DecisionProblem::message).toList());
        }
    }

    private DecisionAttempt decideBlocked(TrainingCaseItem item, DecisionInput input, CaseResult result) {
        if (input.approves()) {
            // The block forbids exactly this: refuse it as work would, and let the trainee choose again.
            return DecisionAttempt.refused(List.of("Not recorded: the block above forbids " + item.actingAsName()
                    + " to approve this draft. Choose what you would do instead"));
        }
        ReviewMaterial material = item.material();
        var approved = new DraftAnalyzer(material.snapshot(), material.policy())
                .analyze(ApprovedDraft.of(material.draft(), input.choices()), material.pending(), ReviewContext.NONE);
        List<String> otherProblems = DecisionRules.check(
                        input,
                        item.item().analysis(),
                        approved,
                        material.policy(),
                        new DecisionRules.Standing(material.latestRevision(), null),
                        clock.instant())
                .stream()
                .filter(p -> p.code() != DecisionProblem.Code.INDEPENDENCE)
                .map(DecisionProblem::message)
                .toList();
        return otherProblems.isEmpty()
                ? DecisionAttempt.blocked(result, item.blockReasons())
                : DecisionAttempt.refused(otherProblems);
    }

    public Casebook casebook() {
        return casebook;
    }

    public List<TrainingCaseItem> cases() {
        return cases;
    }

    public Path folder() {
        return workspace.directory();
    }

    public Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        keys.close();
        workspace.close();
    }
}
