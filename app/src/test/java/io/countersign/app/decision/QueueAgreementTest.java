package io.countersign.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.app.Main;
import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.DemoQueue;
import io.countersign.app.queue.QueueItem;
import io.countersign.app.queue.QueueViewModel;
import io.countersign.app.workspace.DemoWorkspace;
import io.countersign.app.workspace.WorkspaceQueueSource;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.format.Draft;
import io.countersign.services.intake.Importer;
import io.countersign.services.queue.Queue;
import io.countersign.services.queue.QueueEntry;
import io.countersign.services.queue.QueueService;
import io.countersign.services.sample.SampleCasebook;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench queue, {@code countersign queue}, {@code decide} and {@code demo --print} take their
 * drafts and "other open drafts" from one service, so they agree finding for finding. The case that
 * once split them: an identity with two drafts that only conflict together, one of them rejected.
 */
class QueueAgreementTest {
    /** Grants Yuki journal approval; harmless alone, an SoD conflict together with DR-4090. */
    private static final String APPROVE_JOURNALS = "DR-4119";
    /** Grants Yuki journal posting; the sample casebook holds it as case c19's other pending draft. */
    private static final String POST_JOURNALS = "DR-4090";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void workbenchAndCommandLineAgreeOnceOneOfTwoConflictingDraftsIsRejected() throws Exception {
        Path workspace = dir.resolve("ws");
        int findingsWithBothOpen;
        try (DecisionDesk desk = new DecisionDesk(workspace)) {
            new Importer(desk.session.workspace()).importFile(postJournalsDraft());
            Map<String, List<Finding>> before = workbenchFindings(desk.session);
            assertThat(statuses(before.get(APPROVE_JOURNALS)))
                    .as("both drafts open")
                    .contains(FindingStatus.CUMULATIVE);
            findingsWithBothOpen = before.get(APPROVE_JOURNALS).size();
            desk.close();
            assertThat(cliFindingCounts(workspace))
                    .as("countersign queue with both open")
                    .isEqualTo(counts(before));
        }

        Path passphrase = Files.writeString(dir.resolve("pass"), DemoWorkspace.PASSPHRASE + "\n");
        assertThat(run(
                        "decide",
                        "--workspace",
                        workspace.toString(),
                        "--approver",
                        DecisionDesk.PRIYA.id(),
                        "--passphrase-file",
                        passphrase.toString(),
                        POST_JOURNALS,
                        "--outcome",
                        "reject",
                        "--justification",
                        "Yuki would post and approve her own journals"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        Map<String, Integer> workbench;
        try (WorkspaceSession session =
                WorkspaceSession.open(workspace, DemoQueue.CLOCK, DecisionDesk.TEST_ITERATIONS, true)) {
            Map<String, List<Finding>> after = workbenchFindings(session);
            assertThat(statuses(after.get(APPROVE_JOURNALS)))
                    .as("the rejected draft no longer combines")
                    .doesNotContain(FindingStatus.CUMULATIVE);
            Queue queue = new QueueService(session.workspace())
                    .queue(session.decisions().verifiedDecisions());
            Draft approveJournals = queue.entries().stream()
                    .map(QueueEntry::draft)
                    .filter(d -> d.id().equals(APPROVE_JOURNALS))
                    .findFirst()
                    .orElseThrow();
            List<Finding> alone = queue.analyzer()
                    .analyze(approveJournals, List.of(), ReviewContext.NONE)
                    .findings();
            assertThat(after.get(APPROVE_JOURNALS))
                    .as("what the draft has alone")
                    .isEqualTo(alone)
                    .hasSizeLessThan(findingsWithBothOpen);
            List<Draft> decideSees = new QueueService(session.workspace())
                    .material(APPROVE_JOURNALS, null, session.decisions().verifiedDecisions())
                    .pending();
            assertThat(decideSees).extracting(Draft::id).doesNotContain(POST_JOURNALS);
            workbench = counts(after);
        }
        assertThat(cliFindingCounts(workspace))
                .as("countersign queue --all after the reject")
                .isEqualTo(workbench);
    }

    @Test
    void demoPrintListsWhatTheDemoWorkbenchShows() throws Exception {
        Map<String, Integer> workbench;
        try (DecisionDesk desk = new DecisionDesk(dir.resolve("demo"))) {
            workbench = counts(workbenchFindings(desk.session));
        }
        assertThat(run("demo", "--print"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        Map<String, Integer> printed = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^(DR-\\d+)\\s+\\S+\\s+\\S+\\s+\\S+\\s+(\\d+)\\s")
                .matcher(out.toString(StandardCharsets.UTF_8));
        while (line.find()) {
            printed.put(line.group(1), Integer.parseInt(line.group(2)));
        }
        assertThat(printed).isEqualTo(workbench);
    }

    /** The queue as the workbench computes it, for no one in particular (as the command line does). */
    private static Map<String, List<Finding>> workbenchFindings(WorkspaceSession session) {
        QueueViewModel queue = new QueueViewModel(
                new WorkspaceQueueSource(session, () -> null),
                new SameThreadTaskExecutor(),
                new RecordingDialogService(),
                DemoQueue.CLOCK);
        queue.showDecidedProperty().set(true);
        queue.load();
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (QueueItem item : queue.allItems()) {
            findings.put(item.id(), item.analysis().findings());
        }
        return findings;
    }

    private Map<String, Integer> cliFindingCounts(Path workspace) throws Exception {
        assertThat(run("queue", "--workspace", workspace.toString(), "--all", "--format", "json"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonNode draft : JSON.readTree(out.toByteArray()).get("drafts")) {
            counts.put(draft.get("id").asText(), draft.get("findings").asInt());
        }
        return sorted(counts);
    }

    private static Map<String, Integer> counts(Map<String, List<Finding>> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        findings.forEach((id, list) -> counts.put(id, list.size()));
        return sorted(counts);
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        return new TreeMap<>(counts);
    }

    private static List<FindingStatus> statuses(List<Finding> findings) {
        return findings.stream().map(Finding::status).toList();
    }

    /** Case c19's other pending draft, as a file of its own. */
    private Path postJournalsDraft() throws Exception {
        JsonNode casebook = JSON.readTree(Files.readString(SampleCasebook.path()));
        for (JsonNode c : casebook.get("cases")) {
            for (JsonNode pending : c.path("pending")) {
                if (pending.get("id").asText().equals(POST_JOURNALS)) {
                    Path file = dir.resolve(POST_JOURNALS + "-" + System.nanoTime() + ".json");
                    return Files.writeString(file, JSON.writeValueAsString(pending));
                }
            }
        }
        throw new AssertionError(POST_JOURNALS + " is not in the sample casebook");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
