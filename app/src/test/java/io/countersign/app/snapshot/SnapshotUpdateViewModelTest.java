package io.countersign.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.DemoQueue;
import io.countersign.app.snapshot.ChangeRow.Area;
import io.countersign.app.snapshot.SnapshotUpdateViewModel.Phase;
import io.countersign.app.workspace.DemoWorkspace;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.model.analysis.AccessRow.Change;
import io.countersign.model.convert.SnapshotJson;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updating the snapshot without a toolkit: on a demo workspace, on the calling thread. */
class SnapshotUpdateViewModelTest {
    static final Path EXAMPLES = Path.of("").toAbsolutePath().getParent().resolve("docs/formats/examples");

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AtomicInteger imported = new AtomicInteger();
    private WorkspaceSession session;
    private SnapshotUpdateViewModel update;
    private Snapshot before;

    @BeforeEach
    void openDemo() throws Exception {
        session = DemoWorkspace.prepare(dir.resolve("ws"), DemoQueue.CLOCK, 1_000);
        before = session.currentSnapshot().orElseThrow();
        update = new SnapshotUpdateViewModel(
                new SimpleObjectProperty<>(session), new SameThreadTaskExecutor(), dialogs, DemoQueue.CLOCK);
        update.setOnImported(imported::incrementAndGet);
        update.open();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void saysWhatTheCurrentSnapshotIs() {
        assertThat(update.showingProperty().get()).isTrue();
        assertThat(update.currentProperty().get()).startsWith("Current snapshot " + before.id());
    }

    @Test
    void listsTheIdentitiesAndGrantsThatChange() throws Exception {
        choose(write(nextState(before)));

        update.preview();

        assertThat(update.phaseProperty().get()).isEqualTo(Phase.PREVIEW);
        Identity first = before.identities().getFirst();
        assertThat(update.changes())
                .extracting(ChangeRow::area, ChangeRow::change, ChangeRow::subject)
                .containsExactly(
                        tuple(Area.IDENTITY, Change.ADDED, "New Comer (u-newcomer)"),
                        tuple(Area.IDENTITY, Change.CHANGED, first.name() + " (" + first.id() + ")"),
                        tuple(
                                Area.GRANT,
                                Change.REMOVED,
                                before.assignments().getFirst().identity()));
        assertThat(update.changes().get(1).detail()).contains("status").endsWith("→ disabled");
        assertThat(update.identitySummaryProperty().get()).isEqualTo("1 added · 0 removed · 1 changed");
        assertThat(update.grantSummaryProperty().get()).isEqualTo("0 added · 1 removed · 0 changed");
        assertThat(session.currentSnapshot()).contains(before);
    }

    @Test
    void confirmingMakesItCurrentAndReloadsTheQueue() throws Exception {
        Snapshot next = nextState(before);
        choose(write(next));
        update.preview();

        update.confirm();

        assertThat(update.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(session.currentSnapshot()).contains(next);
        assertThat(update.outcomeProperty().get())
                .isEqualTo("Imported snapshot " + next.id() + "; it is now the current snapshot.");
        assertThat(imported).hasValue(1);
    }

    @Test
    void cancellingChangesNothing() throws Exception {
        choose(write(nextState(before)));
        update.preview();

        update.cancel();

        assertThat(update.showingProperty().get()).isFalse();
        assertThat(update.sources()).isEmpty();
        assertThat(update.changes()).isEmpty();
        assertThat(session.currentSnapshot()).contains(before);
        assertThat(imported).hasValue(0);
    }

    @Test
    void aFileThatIsNoInputIsRefusedAndTheChosenOnesStay() throws Exception {
        Path good = write(nextState(before));
        choose(good);
        Path stray = Files.writeString(dir.resolve("notes.json"), "{\"notes\": \"hello\"}");

        choose(stray);

        assertThat(update.refusalProperty().get())
                .isEqualTo(stray + ":1:1 at /: not a Countersign snapshot, a SCIM document (no \"schemas\"), AWS"
                        + " authorization details (no UserDetailList, GroupDetailList, RoleDetailList or Policies)"
                        + " or a mapping file");
        assertThat(update.sources()).extracting(row -> row.source().path()).containsExactly(good);
        assertThat(update.phaseProperty().get()).isEqualTo(Phase.CHOOSING);
    }

    @Test
    void aBadExportIsRefusedWithFileLineColumnAndPointerAndNothingIsImported() throws Exception {
        Path scim = Files.writeString(
                dir.resolve("users.json"),
                "{\n  \"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\n"
                        + "  \"totalResults\": 1,\n  \"totalResults\": 2\n}");
        choose(scim);

        update.preview();

        assertThat(update.refusalProperty().get()).startsWith(scim + ":4:3 at /totalResults: ");
        assertThat(update.phaseProperty().get()).isEqualTo(Phase.CHOOSING);
        assertThat(update.canConfirmProperty().get()).isFalse();
        assertThat(update.sources()).hasSize(1);
        assertThat(session.currentSnapshot()).contains(before);
    }

    @Test
    void scimAndAwsExportsAreConvertedAndMerged() {
        dialogs.directoryAnswer = EXAMPLES.resolve("scim");
        update.chooseFolder();
        choose(EXAMPLES.resolve("aws/authorization-details.json"), EXAMPLES.resolve("identity-map.yaml"));

        assertThat(update.sources())
                .extracting(SourceRow::kindLabel, row -> row.systemProperty().get())
                .containsExactly(
                        tuple("SCIM export", "directory"),
                        tuple("AWS IAM authorization details", "aws-111122223333"),
                        tuple("Identity map", ""));

        update.preview();

        assertThat(update.refusalProperty().get()).isEmpty();
        assertThat(update.changes())
                .filteredOn(row -> row.area() == Area.IDENTITY && row.change() == Change.ADDED)
                .extracting(ChangeRow::subject)
                .anyMatch(subject -> subject.contains("dpatel@harborpine.example"));
    }

    @Test
    void editingASystemIdVoidsThePreview() {
        choose(EXAMPLES.resolve("aws/authorization-details.json"));
        update.preview();
        assertThat(update.canConfirmProperty().get()).isTrue();

        update.sources().getFirst().systemProperty().set("aws-prod");

        assertThat(update.canConfirmProperty().get()).isFalse();
        assertThat(update.changes()).isEmpty();
        assertThat(update.canPreviewProperty().get()).isTrue();
    }

    @Test
    void choosingNoFileChangesNothing() {
        dialogs.filesToOpen = List.of();

        update.chooseFiles();

        assertThat(update.sources()).isEmpty();
        assertThat(update.canPreviewProperty().get()).isFalse();
    }

    private void choose(Path... files) {
        dialogs.filesToOpen = List.of(files);
        update.chooseFiles();
    }

    private Path write(Snapshot snapshot) throws Exception {
        return Files.write(dir.resolve("next-snapshot.json"), SnapshotJson.write(snapshot));
    }

    /** The first person is disabled, a newcomer arrives, the first grant is revoked. */
    static Snapshot nextState(Snapshot snapshot) {
        List<Identity> identities = new ArrayList<>(snapshot.identities());
        Identity first = identities.getFirst();
        identities.set(
                0,
                new Identity(
                        first.id(),
                        first.name(),
                        first.kind(),
                        first.orgUnit(),
                        first.jobCode(),
                        first.manager(),
                        first.owner(),
                        "disabled"));
        identities.add(new Identity("u-newcomer", "New Comer", IdentityKind.HUMAN, "finance", null, null, null, null));
        return new Snapshot(
                snapshot.id() + "-next",
                snapshot.takenAt(),
                identities,
                snapshot.systems(),
                snapshot.entitlements(),
                snapshot.roles(),
                snapshot.assignments().subList(1, snapshot.assignments().size()),
                snapshot.workflows());
    }
}
