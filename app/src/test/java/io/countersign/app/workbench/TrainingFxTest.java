package io.countersign.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.training.TrainingFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Training through the workbench, driven by the ids and keys a trainee and a trainer use. */
@ExtendWith(ApplicationExtension.class)
class TrainingFxTest {
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory("countersign-training-fx");
        workbench = WorkbenchStage.show(stage, dialogs, ThemeChoice.LIGHT, new TrainingFolders(root));
    }

    @AfterEach
    void closeSession() {
        if (workbench.training().sessionProperty().get() != null) {
            workbench.training().sessionProperty().get().close();
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void openSample(FxRobot robot) {
        robot.clickOn("#nav-training");
        robot.clickOn("#training-open-sample");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aTrainingCaseScored(FxRobot robot) {
        openSample(robot);
        assertThat(robot.lookup("#training-cases").queryListView().getItems()).hasSize(35);
        assertThat(text(robot, "#training-score-cases")).isEqualTo("0 / 35");

        robot.clickOn("Renewing a provisioning right nobody has used since May");
        assertThat(text(robot, "#section-training #review-title")).containsIgnoringCase("provision");
        robot.clickOn("#training-outcome-approve");
        robot.clickOn("#training-justification").write("Kenji still needs it");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        assertThat(robot.lookup("#training-feedback").query().isVisible()).isTrue();
        assertThat(robot.lookup("#training-expected").queryLabeled().getText()).isEqualTo("Reject");
        assertThat(robot.lookup("#training-chosen").queryLabeled().getText()).isEqualTo("Approve");
        assertThat(robot.lookup("#training-verdict").queryLabeled().getText()).isEqualTo("Different");
        assertThat(robot.lookup("#training-missed .missed-title").queryLabeled().getText())
                .startsWith("LP-DORMANT-ACCESS");
        assertThat(text(robot, "#training-case-score")).isEqualTo("0 %");
        assertThat(text(robot, "#training-record-note")).contains("training store", "record 1");
        assertThat(text(robot, "#training-score-cases")).isEqualTo("1 / 35");
        assertThat(text(robot, "#training-score-findings")).isEqualTo("0 / 1");
    }

    @Test
    void aRefusalIsShownInPlainWordsAndTheFormStays(FxRobot robot) {
        openSample(robot);
        robot.clickOn("#training-outcome-reject");
        robot.clickOn("#training-submit");
        Node problems = robot.lookup("#training-problems").query();
        assertThat(problems.isVisible()).isTrue();
        assertThat(robot.lookup("#training-problems .decision-problem")
                        .queryLabeled()
                        .getText())
                .contains("requires a justification to reject")
                .doesNotContain("Exception");
        assertThat(robot.lookup("#training-decision").query().isVisible()).isTrue();
        assertThat(text(robot, "#training-score-cases")).isEqualTo("0 / 35");
    }

    @Test
    void presenterStepsAndReveals(FxRobot robot) {
        openSample(robot);
        robot.clickOn("#training-presenter");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#presenter-position")).isEqualTo("Case 1 of 35");
        assertThat(robot.lookup("#presenter-answer-hidden").tryQuery()).isPresent();

        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#presenter-position")).isEqualTo("Case 3 of 35");
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#presenter-position")).isEqualTo("Case 2 of 35");
        assertThat(robot.lookup("#presenter-answer").tryQuery()).isEmpty();

        robot.type(KeyCode.R);
        assertThat(robot.lookup("#presenter-expected").queryLabeled().getText()).isEqualTo("Approve");
        assertThat(robot.lookup("#presenter-explanation").tryQuery()).isPresent();
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#presenter-answer").tryQuery())
                .as("a new case hides the answer")
                .isEmpty();
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#presenter-answer").tryQuery()).isPresent();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.training().presenter().presentingProperty().get()).isFalse();
        assertThat(robot.lookup("#presenter").tryQuery()).isEmpty();
    }
}
