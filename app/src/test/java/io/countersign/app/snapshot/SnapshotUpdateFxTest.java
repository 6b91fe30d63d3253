package io.countersign.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.DemoQueue;
import io.countersign.app.queue.QueueSource;
import io.countersign.app.workbench.ThemeChoice;
import io.countersign.app.workbench.Workbench;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.model.convert.SnapshotJson;
import io.countersign.model.format.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The update screen in the workbench on a demo workspace: reached from the app bar and Ctrl+U. */
@ExtendWith(ApplicationExtension.class)
class SnapshotUpdateFxTest {
    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = Workbench.create(
                QueueSource.none(),
                new SameThreadTaskExecutor(),
                dialogs,
                DemoQueue.CLOCK,
                ThemeChoice.LIGHT,
                1_000,
                Platform::runLater);
        Scene scene = new Scene(workbench.view(), 1440, 900);
        workbench.install(scene);
        stage.setScene(scene);
        stage.show();
        workbench.start();
        workbench.model().workspace().requiredProperty().set(true);
        workbench.model().workspace().openDemo(dir.resolve("ws"));
    }

    @AfterEach
    void closeWorkspace(FxRobot robot) {
        WorkspaceSession[] open = new WorkspaceSession[1];
        robot.interact(() -> open[0] = workbench.model().workspace().detach());
        if (open[0] != null) {
            open[0].close();
        }
    }

    @Test
    void ctrlUOpensTheUpdateAndEscLeavesItUnchanged(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
        assertThat(robot.lookup("#snapshot-update").queryAs(Node.class).isVisible())
                .isTrue();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        assertThat(robot.lookup("#snapshot-update").queryAs(Node.class).isVisible())
                .isFalse();
        assertThat(workbench.model().snapshotUpdate().showingProperty().get()).isFalse();
    }

    @Test
    void theAppBarButtonLeadsFromChosenFileToTheNewCurrentSnapshot(FxRobot robot) throws Exception {
        WorkspaceSession session =
                workbench.model().workspace().sessionProperty().get();
        Snapshot next =
                SnapshotUpdateViewModelTest.nextState(session.currentSnapshot().orElseThrow());
        dialogs.filesToOpen = List.of(Files.write(dir.resolve("next.json"), SnapshotJson.write(next)));

        robot.clickOn("#update-snapshot-button");
        robot.clickOn("#update-add-files");
        robot.clickOn("#update-preview");

        ListView<?> changes = robot.lookup("#update-changes").queryAs(ListView.class);
        assertThat(changes.getItems()).hasSize(3);
        assertThat(robot.lookup("#update-identity-summary").queryAs(Label.class).getText())
                .isEqualTo("Identities: 1 added · 0 removed · 1 changed");

        robot.clickOn("#update-confirm");

        assertThat(session.currentSnapshot()).contains(next);
        assertThat(robot.lookup("#update-outcome").queryAs(Label.class).getText())
                .endsWith("it is now the current snapshot.");
        robot.clickOn("#update-done");
        assertThat(robot.lookup("#snapshot-update").queryAs(Node.class).isVisible())
                .isFalse();
    }

    @Test
    void aRefusedFileShowsItsReasonBesideTheChosenFiles(FxRobot robot) throws Exception {
        Path stray = Files.writeString(dir.resolve("notes.json"), "{\"notes\": 1}");
        dialogs.filesToOpen = List.of(stray);

        robot.clickOn("#update-snapshot-button");
        robot.clickOn("#update-add-files");

        Label refusal = robot.lookup("#update-refusal").queryAs(Label.class);
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).startsWith("Refused: " + stray + ":1:1 at /");
        assertThat(robot.lookup("#update-preview").queryAs(Node.class).isDisabled())
                .isTrue();
    }
}
