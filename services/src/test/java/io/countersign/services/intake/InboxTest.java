package io.countersign.services.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.persistence.WorkspaceFixture;
import io.countersign.persistence.input.InputKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InboxTest extends WorkspaceFixture {

    @Test
    void sweepImportsTheGoodFileAndMovesTheBadOneToRejectedWithAReason() throws Exception {
        Inbox inbox = new Inbox(workspace);
        Examples.copy("draft.json", workspace.inbox());
        Files.writeString(workspace.inbox().resolve("broken.json"), "{\"format\": \"countersign.draft/v1\",");

        SweepReport report = inbox.sweep();

        assertThat(report.imported()).extracting(ImportResult::inputId).containsExactly("d-2026-0142");
        assertThat(workspace.inbox().resolve("draft.json")).doesNotExist();
        assertThat(workspace.inbox().resolve("broken.json")).doesNotExist();
        Path rejected = workspace.inbox().resolve("rejected").resolve("broken.json");
        assertThat(rejected).hasContent("{\"format\": \"countersign.draft/v1\",");
        String reason = Files.readString(rejected.resolveSibling("broken.json.reason.txt"));
        assertThat(reason.strip()).contains("broken.json").doesNotContain("\n");
        assertThat(report.rejected()).extracting(SweepReport.Rejection::file).containsExactly(rejected);
        assertThat(workspace.draftRevisions().latest("d-2026-0142")).isPresent();
    }

    @Test
    void aSecondRejectedFileOfTheSameNameDoesNotOverwriteTheFirst() throws Exception {
        Inbox inbox = new Inbox(workspace);
        Files.writeString(workspace.inbox().resolve("x.json"), "first");
        inbox.sweep();
        Files.writeString(workspace.inbox().resolve("x.json"), "second");

        inbox.sweep();

        Path rejected = workspace.inbox().resolve("rejected");
        assertThat(rejected.resolve("x.json")).hasContent("first");
        assertThat(rejected.resolve("x-2.json")).hasContent("second");
        assertThat(rejected.resolve("x-2.json.reason.txt")).exists();
    }

    @Test
    void aCasebookDroppedWithItsReferencedFilesImportsWhole() throws Exception {
        Inbox inbox = new Inbox(workspace);
        Examples.copy("casebook.json", workspace.inbox());
        Examples.copy("snapshot.json", workspace.inbox());
        Examples.copy("policy.yaml", workspace.inbox());

        SweepReport report = inbox.sweep();

        assertThat(report.rejected()).isEmpty();
        assertThat(report.imported())
                .extracting(ImportResult::kind)
                .containsExactly(InputKind.CASEBOOK, InputKind.POLICY, InputKind.SNAPSHOT);
        try (var left = Files.list(workspace.inbox())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void rejectsASymbolicLinkWithoutReadingWhatItPointsAt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
        Files.createSymbolicLink(workspace.inbox().resolve("link.json"), secret);

        SweepReport report = new Inbox(workspace).sweep();

        assertThat(report.rejected())
                .extracting(SweepReport.Rejection::reason)
                .containsExactly("link.json is a symbolic link; copy the file itself into the inbox");
        assertThat(Files.readString(workspace.inbox().resolve("rejected/link.json.reason.txt")))
                .doesNotContain("root");
        assertThat(secret).hasContent("root:x:0:0");
    }

    @Test
    void leavesHiddenAndPartialFilesAlone() throws Exception {
        Inbox inbox = new Inbox(workspace);
        Files.writeString(workspace.inbox().resolve(".draft.json.swp"), "x");
        Files.writeString(workspace.inbox().resolve("draft.json.part"), "x");

        SweepReport report = inbox.sweep();

        assertThat(report.isEmpty()).isTrue();
        assertThat(workspace.inbox().resolve("draft.json.part")).exists();
    }

    @Test
    void theWatcherImportsAFileOnceItHasSettled() throws Exception {
        BlockingQueue<SweepReport> reports = new ArrayBlockingQueue<>(4);
        try (InboxWatcher ignored =
                InboxWatcher.start(new Inbox(workspace), Duration.ofMillis(200), reports::add, e -> {})) {
            Files.writeString(workspace.inbox().resolve("draft.json"), Examples.text("draft.json"));

            SweepReport report = reports.poll(20, TimeUnit.SECONDS);

            assertThat(report).isNotNull();
            assertThat(report.imported()).extracting(ImportResult::inputId).containsExactly("d-2026-0142");
        }
    }
}
