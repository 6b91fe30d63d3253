package io.countersign.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.workbench.ThemeChoice;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The history section in the workbench, headless, over a real evidence workspace. */
@ExtendWith(ApplicationExtension.class)
class HistoryFxTest {
    @TempDir
    Path dir;

    private SampleEvidence evidence;

    @Start
    void start(Stage stage) throws Exception {
        evidence = SampleEvidence.open(SampleEvidence.record(dir));
        EvidenceWorkbench.show(stage, evidence.access(), new RecordingDialogService(), ThemeChoice.LIGHT);
    }

    @AfterEach
    void close() {
        if (evidence != null) {
            evidence.close();
        }
    }

    private void open(FxRobot robot) {
        robot.clickOn("#nav-history");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void listsVerifiedDecisionsWithTheirStatus(FxRobot robot) throws Exception {
        open(robot);

        TableView<HistoryRow> table = robot.lookup("#history-table").query();
        assertThat(table.getItems()).hasSize(SampleEvidence.DECISIONS);
        assertThat(text(robot, "#history-chain-headline")).isEqualTo("Chain intact · 6 records verified");
        assertThat(robot.lookup("#history-table .mark").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Verified", "Approved", "Rejected", "Changes requested")
                .doesNotContain("Broken");
        robot.clickOn((javafx.scene.Node) robot.lookup("#history-table .table-row-cell")
                .<TableRow<HistoryRow>>match(
                        row -> row.getItem() != null && row.getItem().seq() == 4)
                .query());
        assertThat(text(robot, "#history-detail-title")).startsWith("DR-4115 r1");
        assertThat(text(robot, "#history-detail-outcome")).isEqualTo("Approved");
    }

    @Test
    void verifyNowChecksTheChainAgain(FxRobot robot) throws Exception {
        open(robot);

        robot.clickOn("#history-verify");

        assertThat(text(robot, "#history-chain-headline")).isEqualTo("Chain intact · 6 records verified");
        assertThat(robot.lookup("#history-progress").query().isVisible()).isFalse();
    }

    @Test
    void filteringByOutcomeNarrowsTheTable(FxRobot robot) throws Exception {
        open(robot);

        // Keyboard, as a keyboard-first user would: open the list, three down from "All outcomes", Enter.
        robot.clickOn("#history-outcome").type(KeyCode.DOWN, 3).type(KeyCode.ENTER);

        assertThat(robot.lookup("#history-table").queryTableView().getItems()).hasSize(2);
        assertThat(text(robot, "#history-count")).isEqualTo("2 of 6");
    }
}
