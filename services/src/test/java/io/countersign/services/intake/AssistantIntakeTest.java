package io.countersign.services.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import io.countersign.persistence.WorkspaceFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssistantIntakeTest extends WorkspaceFixture {

    private static final String DRAFTER = "agent-access-assistant";

    @BeforeEach
    void currentSnapshotAndPolicy() throws Exception {
        Importer importer = new Importer(workspace);
        Path in = Files.createDirectories(dir.resolve("in"));
        importer.importFile(Examples.copy("snapshot.json", in));
        importer.importFile(Examples.copy("policy.yaml", in));
    }

    private static SourceNode tree(String json) throws FormatException {
        return SourceTreeReader.read(
                AssistantIntake.SOURCE, json.getBytes(StandardCharsets.UTF_8), SourceTreeReader.Syntax.JSON);
    }

    @Test
    void submitImportsTheDraftAndReturnsItsAnalysis() throws Exception {
        AssistantIntake intake = new AssistantIntake(workspace);

        AssistantIntake.Submission submission =
                intake.submit(AssistantIntake.read(tree(Examples.text("draft.json")), DRAFTER));

        assertThat(submission.imported().status()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(submission.analysis()).isNotNull();
        assertThat(submission.analysis().findings()).isNotEmpty();
        assertThat(workspace.draftRevisions().latest("d-2026-0142")).isPresent();
        assertThat(intake.status("d-2026-0142")).get().satisfies(status -> {
            assertThat(status.standing().isFinal()).isFalse();
            assertThat(status.drafterIdentity()).isEqualTo(DRAFTER);
        });
    }

    @Test
    void aDraftClaimingAnotherDrafterIsRefusedAtItsWorkloadIdentity() {
        assertThatThrownBy(() -> AssistantIntake.read(tree(Examples.text("draft.json")), "someone-else"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("/drafter/workloadIdentity")
                .hasMessageContaining("someone-else")
                .hasMessageContaining(DRAFTER);
    }

    @Test
    void aChangedDraftWithTheSameRevisionIsRefusedAndANewRevisionSupersedes() throws Exception {
        AssistantIntake intake = new AssistantIntake(workspace);
        intake.submit(AssistantIntake.read(tree(Examples.draftRevision(1, "first")), DRAFTER));

        assertThatThrownBy(
                        () -> intake.submit(AssistantIntake.read(tree(Examples.draftRevision(1, "changed")), DRAFTER)))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("needs a new revision number");
        AssistantIntake.Submission second =
                intake.submit(AssistantIntake.read(tree(Examples.draftRevision(2, "second")), DRAFTER));
        assertThat(second.imported().message()).contains("supersedes revision 1");
        assertThat(intake.status("d-2026-0142"))
                .get()
                .extracting(AssistantIntake.DraftStatus::latestRevision)
                .isEqualTo(2);
    }

    @Test
    void anAssistantCannotReviseADraftAnotherDrafterWrote() throws Exception {
        Path theirs = Files.writeString(dir.resolve("theirs.json"), Examples.draftRevision(1, "theirs"));
        new Importer(workspace).importFile(theirs);
        String mine = Examples.draftRevision(2, "taken over").replace(DRAFTER, "bot-a");
        AssistantIntake intake = new AssistantIntake(workspace);

        assertThatThrownBy(() -> intake.submit(AssistantIntake.read(tree(mine), "bot-a")))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("was drafted by \"" + DRAFTER + "\"")
                .hasMessageContaining("an assistant may only revise its own drafts");
        assertThat(workspace.draftRevisions().latest("d-2026-0142"))
                .get()
                .extracting(ref -> ref.revision())
                .isEqualTo(1);
    }

    @Test
    void theInboxHoldsAnAssistantsDeliveryToTheSameRule() throws Exception {
        new Importer(workspace)
                .importFile(Files.writeString(dir.resolve("theirs.json"), Examples.draftRevision(1, "x")));
        String mine = Examples.draftRevision(2, "taken over").replace(DRAFTER, "bot-a");

        InboxDelivery.deliver(dir, AssistantIntake.read(tree(mine), "bot-a"));
        SweepReport sweep = new Inbox(workspace).sweep();

        assertThat(sweep.imported()).isEmpty();
        assertThat(sweep.rejected())
                .singleElement()
                .satisfies(rejection ->
                        assertThat(rejection.reason()).contains("an assistant may only revise its own drafts"));
        assertThat(workspace.draftRevisions().latest("d-2026-0142"))
                .get()
                .extracting(ref -> ref.revision())
                .isEqualTo(1);
    }

    @Test
    void aDraftDeliveredToTheInboxIsImportedByTheNextSweep() throws Exception {
        AssistantIntake.ReadDraft read = AssistantIntake.read(tree(Examples.text("draft.json")), DRAFTER);

        Path file = InboxDelivery.deliver(dir, read);

        assertThat(file.getFileName().toString())
                .startsWith("mcp-d-2026-0142-r0000000001-")
                .endsWith(".json");
        assertThat(new Inbox(workspace).sweep().imported())
                .extracting(ImportResult::inputId)
                .containsExactly("d-2026-0142");
    }

    @Test
    void unsafeDraftIdsMakeSafeFileNames() {
        assertThat(InboxDelivery.fileSafe("../etc/passwd")).isEqualTo("_._etc_passwd");
        assertThat(InboxDelivery.fileSafe("a".repeat(100))).hasSize(64);
    }
}
