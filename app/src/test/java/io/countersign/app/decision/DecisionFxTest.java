package io.countersign.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.DemoQueue;
import io.countersign.app.queue.QueueItem;
import io.countersign.app.queue.QueueSource;
import io.countersign.app.workbench.ThemeChoice;
import io.countersign.app.workbench.Workbench;
import io.countersign.app.workspace.DemoWorkspace;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.services.sample.SampleCasebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Deciding and signing in the workbench on a demo workspace: the journeys an approver takes. */
@ExtendWith(ApplicationExtension.class)
class DecisionFxTest {
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
                DecisionDesk.TEST_ITERATIONS,
                Platform::runLater);
        Scene scene = new Scene(workbench.view(), 1440, 900);
        workbench.install(scene);
        stage.setScene(scene);
        stage.show();
        workbench.start();
        workbench.model().workspace().requiredProperty().set(true);
        workbench.model().workspace().openDemo(dir.resolve("ws"));
        workbench.model().workspace().actingAsProperty().set(DecisionDesk.PRIYA);
        dialogs.passphraseAnswer = DemoWorkspace.PASSPHRASE;
    }

    @AfterEach
    void closeWorkspace(FxRobot robot) {
        WorkspaceSession[] open = new WorkspaceSession[1];
        robot.interact(() -> open[0] = workbench.model().workspace().detach());
        if (open[0] != null) {
            open[0].close();
        }
    }

    private void review(FxRobot robot, String draftId) {
        robot.interact(() -> workbench.model().queue().searchProperty().set(draftId));
        robot.interact(() -> workbench.view().queueView().focusTable());
        assertThat(selected().id()).isEqualTo(draftId);
    }

    private QueueItem selected() {
        return workbench.model().queue().selectedProperty().get();
    }

    private static void sign(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    private static String reasons(FxRobot robot) {
        return robot.lookup("#decision-reasons").query().getAccessibleText();
    }

    private static boolean signDisabled(FxRobot robot) {
        return robot.lookup("#decision-sign").queryAs(Button.class).isDisabled();
    }

    private static String confirmation(FxRobot robot) {
        Node box = robot.lookup("#decision-confirmation").query();
        return box.isVisible() ? box.getAccessibleText() : "(no confirmation; reasons: " + reasons(robot) + ")";
    }

    @Test
    void theDemoLandsInASeededWorkspaceActingAsADemoApprover(FxRobot robot) {
        assertThat(workbench.model().queue().allItems()).hasSize(35);
        assertThat(robot.lookup("#demo-banner").queryAs(Label.class).getText()).contains("countersign-demo");
        assertThat(robot.lookup("#approver-picker").queryAs(ComboBox.class).getItems())
                .startsWith(DecisionDesk.PRIYA, DecisionDesk.HENRIK, DecisionDesk.FATIMA)
                .hasSize(4);
        assertThat(robot.lookup("#approver-picker").queryAs(ComboBox.class).getValue())
                .as("registered first")
                .isEqualTo(DecisionDesk.PRIYA);
        assertThat(robot.lookup("#workspace-start").query().isVisible()).isFalse();
    }

    @Test
    void approveACleanDraftWithSigning(FxRobot robot) {
        review(robot, "DR-4105");
        robot.type(KeyCode.A);
        assertThat(robot.lookup("#decision-view").query().isVisible()).isTrue();
        assertThat(reasons(robot)).isEqualTo("Ready to sign");
        sign(robot);
        assertThat(confirmation(robot))
                .contains("Recorded: approve on DR-4105 r1 · record 1", "DR-4105 is now approved");
        assertThat(robot.lookup("#decision-confirmation-hash")
                        .queryAs(Label.class)
                        .getText())
                .startsWith("Entry hash sha256:");
        assertThat(selected().decided()).isTrue();
    }

    @Test
    void rejectNeedsAJustification(FxRobot robot) {
        review(robot, "DR-4105");
        robot.clickOn("#decide-reject");
        assertThat(signDisabled(robot)).isTrue();
        assertThat(reasons(robot)).contains("Write a justification");
        robot.clickOn("#decision-justification").write("Report access is not part of her role");
        assertThat(signDisabled(robot)).as(reasons(robot) + dialogs.errors).isFalse();
        robot.clickOn("#decision-sign");
        assertThat(confirmation(robot)).contains("reject on DR-4105", "DR-4105 is now rejected");
    }

    @Test
    void selfApprovalIsBlockedWithTheReason(FxRobot robot) {
        review(robot, "DR-4101");
        robot.type(KeyCode.A);
        assertThat(signDisabled(robot)).isTrue();
        assertThat(reasons(robot)).contains("You may not decide this draft", "requester");
        sign(robot);
        assertThat(dialogs.passphrasePrompts).isEmpty();
    }

    @Test
    void stepUpNeedsASecondApprover(FxRobot robot) {
        review(robot, "DR-4115");
        approveStepUp(robot);
        assertThat(confirmation(robot)).contains("1 of 2 approvals — a second approver must decide");
        robot.interact(() -> workbench.model().workspace().actingAsProperty().set(DecisionDesk.HENRIK));
        approveStepUp(robot);
        assertThat(confirmation(robot)).contains("DR-4115 is now approved");
        assertThat(confirmation(robot)).contains("record 2");
    }

    @Test
    void aNewRevisionVoidsTheEarlierApproval(FxRobot robot) throws Exception {
        review(robot, "DR-4115");
        approveStepUp(robot);
        assertThat(selected().standing().approvers()).containsExactly("priya.raman");
        dropRevisionTwo("DR-4115");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> selected() != null && selected().draft().revision() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected().supersedes()).isTrue();
        assertThat(selected().standing().approvers()).isEmpty();
        assertThat(robot.lookup("#decision-standing").queryAs(Label.class).getText())
                .isEqualTo("Step-up: needs 2 approvers, none yet");
    }

    @Test
    void keyboardOnlyReviewAndDecision(FxRobot robot) {
        robot.write('/').write("DR-4119");
        robot.type(KeyCode.ESCAPE);
        assertThat(selected().id()).isEqualTo("DR-4119");
        robot.type(KeyCode.F);
        robot.type(KeyCode.Q);
        robot.type(KeyCode.C);
        assertThat(robot.lookup("#decision-justification").query().isFocused()).isTrue();
        robot.write("Ask for the ticket to name the repository");
        sign(robot);
        assertThat(confirmation(robot)).contains("request-changes on DR-4119", "sent back for changes");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#queue-table").query().isFocused()).isTrue();
    }

    private void approveStepUp(FxRobot robot) {
        robot.type(KeyCode.A);
        assertThat(reasons(robot)).contains("Acknowledge the serious findings");
        robot.interact(() -> {
            DecisionForm form = workbench.model().decision().formProperty().get();
            form.acknowledgements().forEach(a -> a.acknowledgedProperty().set(true));
            form.mitigationProperty()
                    .set(form.controls().stream()
                            .filter(c -> c.control().id().equals("mc.vendor-callback"))
                            .findFirst()
                            .orElseThrow());
        });
        robot.clickOn("#decision-justification").write("Covering the vendor desk for the December peak");
        sign(robot);
    }

    /** Drops revision 2 of a sample draft into the workspace's inbox, as an upstream tool would. */
    private void dropRevisionTwo(String draftId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode cases = (ArrayNode)
                json.readTree(Files.readString(SampleCasebook.path())).get("cases");
        for (var c : cases) {
            ObjectNode draft = (ObjectNode) c.get("draft");
            if (draft.get("id").asText().equals(draftId)) {
                draft.put("revision", 2);
                draft.put("title", draft.get("title").asText() + " (revised)");
                Path inbox = dir.resolve("ws").resolve("inbox");
                Path partial = inbox.resolve(draftId + "-r2.json.part");
                Files.writeString(partial, json.writeValueAsString(draft));
                Files.move(partial, inbox.resolve(draftId + "-r2.json"));
                return;
            }
        }
        throw new IllegalArgumentException(draftId);
    }
}
