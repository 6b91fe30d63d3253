package io.countersign.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.workbench.ThemeChoice;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The history over a store edited behind Countersign's back: the alarm names the record and says what to do. */
@ExtendWith(ApplicationExtension.class)
class HistoryAlarmFxTest {
    @TempDir
    Path dir;

    private SampleEvidence evidence;

    @Start
    void start(Stage stage) throws Exception {
        Path ws = SampleEvidence.record(dir);
        SampleEvidence.tamper(ws, 2);
        evidence = SampleEvidence.open(ws);
        EvidenceWorkbench.show(stage, evidence.access(), new RecordingDialogService(), ThemeChoice.LIGHT);
    }

    @AfterEach
    void close() {
        evidence.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aTamperedStoreShowsTheAlarmNamingTheRecord(FxRobot robot) throws Exception {
        robot.clickOn("#nav-history");

        assertThat(text(robot, "#history-chain-word")).isEqualTo("ALARM");
        assertThat(text(robot, "#history-chain-headline"))
                .isEqualTo("ALARM · The evidence store failed verification at record 2");
        assertThat(text(robot, "#history-chain-detail"))
                .contains("its stored content was changed after it was recorded");
        assertThat(text(robot, "#history-chain-advice")).contains("Do not record further decisions");
        assertThat(text(robot, "#history-detail-title")).isEqualTo("Record 2 failed verification");
        assertThat(robot.lookup("#history-table .mark").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Broken");
    }
}
