package io.countersign.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.history.EvidenceWorkbench;
import io.countersign.app.history.SampleEvidence;
import io.countersign.app.workbench.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
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

/** Export then verify, and a wrong passphrase, through the workbench's controls, headless. */
@ExtendWith(ApplicationExtension.class)
class ExportFxTest {
    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private SampleEvidence evidence;

    @Start
    void start(Stage stage) throws Exception {
        evidence = SampleEvidence.open(SampleEvidence.record(dir));
        EvidenceWorkbench.show(stage, evidence.access(), dialogs, ThemeChoice.LIGHT);
    }

    @AfterEach
    void close() {
        if (evidence != null) {
            evidence.close();
        }
    }

    private Path fillTheForm(FxRobot robot, String passphrase) throws Exception {
        robot.clickOn("#nav-export");
        robot.interact(() -> {
            robot.lookup("#export-from").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 1));
            robot.lookup("#export-to").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 30));
        });
        robot.clickOn("#export-exporter").type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(robot.lookup("#export-exporter").queryComboBox().getValue())
                .hasToString("KeyOwner[id=henrik.dahl, name=Henrik Dahl]");
        robot.clickOn("#export-passphrase").write(passphrase);
        Path pack = dir.resolve("november-pack.zip");
        dialogs.saveAnswer = pack;
        robot.clickOn("#export-choose");
        assertThat(text(robot, "#export-target")).isEqualTo(pack.toString());
        return pack;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void exportThenVerifyShowsValid(FxRobot robot) throws Exception {
        Path pack = fillTheForm(robot, SampleEvidence.HENRIK_PASSPHRASE);

        robot.clickOn("#export-run");

        assertThat(Files.exists(pack)).isTrue();
        assertThat(text(robot, "#export-fact-file")).isEqualTo(pack.toString());
        assertThat(text(robot, "#export-fact-decisions")).isEqualTo("6 decision records");
        assertThat(text(robot, "#export-fact-digest")).startsWith("sha256:");
        assertThat(robot.lookup("#export-passphrase").queryTextInputControl().getText())
                .isEmpty();
        robot.clickOn("#export-verify");
        assertThat(text(robot, "#export-check-verdict")).isEqualTo("VALID");
        assertThat(robot.lookup("#export-check-records").queryTableView().getItems())
                .hasSize(SampleEvidence.DECISIONS);
    }

    @Test
    void wrongPassphraseIsSaidPlainlyAndWritesNoFile(FxRobot robot) throws Exception {
        Path pack = fillTheForm(robot, "a wrong passphrase");

        robot.clickOn("#export-run");

        assertThat(text(robot, "#export-message"))
                .startsWith("That passphrase does not open Henrik Dahl (henrik.dahl)'s signing key.");
        assertThat(Files.exists(pack)).isFalse();
        assertThat(robot.lookup("#export-result-empty").tryQuery()).isPresent();
    }
}
