package io.countersign.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.queue.QueueItem;
import io.countersign.app.review.DiffNode;
import io.countersign.model.finding.Finding;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The workbench's main journeys, driven headless through the same ids a screen reader sees. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchStage.show(stage, dialogs, ThemeChoice.LIGHT);
    }

    private QueueItem selected() {
        return workbench.model().queue().selectedProperty().get();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void queueShowsTheDemoDrafts(FxRobot robot) {
        TableView<?> table = robot.lookup("#queue-table").queryTableView();
        assertThat(table.getItems()).hasSize(35);
        assertThat(text(robot, "#queue-count")).isEqualTo("35 of 35");
        assertThat(robot.lookup("#queue-badge-critical").queryLabeled().getText())
                .endsWith("Critical");
    }

    @Test
    void selectingADraftShowsItsDiffAndFindings(FxRobot robot) {
        robot.clickOn("#queue-search").write("DR-4110");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        assertThat(selected().id()).isEqualTo("DR-4110");
        assertThat(text(robot, "#review-title")).isEqualTo(selected().title());
        TreeTableView<DiffNode> diff = robot.lookup("#review-diff").query();
        assertThat(diff.getRoot().getChildren()).isNotEmpty();
        assertThat(diff.getRoot().getChildren().getFirst().getValue().level()).isEqualTo(DiffNode.Level.IDENTITY);
        ListView<Finding> findings = robot.lookup("#review-findings").queryListView();
        assertThat(findings.getItems())
                .hasSize(selected().analysis().findings().size())
                .isNotEmpty();
        assertThat(robot.lookup("#review-advisory").tryQuery()).isPresent();
    }

    @Test
    void selectingAFindingHighlightsItsRows(FxRobot robot) {
        robot.interact(() -> workbench.model().queue().searchProperty().set("DR-4110"));
        assertThat(highlightedRows(robot)).isEmpty();
        robot.clickOn(robot.lookup(".finding-cell").nth(0).queryAs(Node.class));
        assertThat(workbench.model().review().selectedFindingProperty().get()).isNotNull();
        assertThat(highlightedRows(robot)).isNotEmpty();
    }

    @Test
    void selectingARowMarksItsFindings(FxRobot robot) {
        robot.interact(() -> workbench.model().queue().searchProperty().set("DR-4110"));
        TreeTableView<DiffNode> diff = robot.lookup("#review-diff").query();
        DiffNode line = workbench
                .model()
                .review()
                .linesOf(workbench.model().review().findings().getFirst())
                .getFirst();
        robot.interact(() -> diff.getSelectionModel()
                .select(diff.getRoot().getChildren().stream()
                        .flatMap(identity -> identity.getChildren().stream())
                        .flatMap(system -> system.getChildren().stream())
                        .filter(item -> item.getValue().equals(line))
                        .findFirst()
                        .orElseThrow()));
        assertThat(workbench.model().review().linkedFindings())
                .contains(workbench.model().review().findings().getFirst());
    }

    @Test
    void keyboardOnlyReviewOfThreeDrafts(FxRobot robot) {
        List<QueueItem> order = List.copyOf(workbench.model().queue().visibleItems());
        assertThat(selected()).isSameAs(order.getFirst());
        for (int i = 1; i <= 3; i++) {
            robot.type(KeyCode.J);
            assertThat(selected()).isSameAs(order.get(i));
            assertThat(text(robot, "#review-title")).isEqualTo(order.get(i).title());
            robot.type(KeyCode.F);
            ListView<Finding> findings = robot.lookup("#review-findings").queryListView();
            assertThat(findings.isFocused()).isTrue();
            assertThat(workbench.model().review().selectedFindingProperty().get())
                    .isEqualTo(findings.getItems().getFirst());
            if (findings.getItems().size() > 1) {
                robot.type(KeyCode.DOWN);
                assertThat(workbench.model().review().selectedFindingProperty().get())
                        .isEqualTo(findings.getItems().get(1));
            }
        }
        robot.type(KeyCode.K);
        assertThat(selected()).isSameAs(order.get(2));
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).release(KeyCode.CONTROL);
        assertThat(selected()).isSameAs(order.get(3));
    }

    @Test
    void slashSearchesAndEscapeReturnsToTheQueue(FxRobot robot) {
        robot.write('/');
        assertThat(robot.lookup("#queue-search").query().isFocused()).isTrue();
        robot.write("invoice ocr");
        assertThat(workbench.model().queue().visibleItems())
                .extracting(QueueItem::id)
                .contains("DR-4109");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#queue-table").query().isFocused()).isTrue();
    }

    @Test
    void questionMarkOpensTheShortcutSheet(FxRobot robot) {
        robot.write('?');
        assertThat(dialogs.shortcutSheets).singleElement().isEqualTo(WorkbenchShortcuts.ALL);
        robot.type(KeyCode.F1);
        assertThat(dialogs.shortcutSheets).hasSize(2);
    }

    @Test
    void navigationSwitchesBetweenQueueAndHistory(FxRobot robot) {
        robot.clickOn("#nav-history");
        Node history = robot.lookup("#section-history").query();
        assertThat(history.isVisible()).isTrue();
        robot.clickOn("#nav-queue");
        assertThat(robot.lookup("#queue-split").query().isVisible()).isTrue();
    }

    @Test
    void themeToggles(FxRobot robot) {
        robot.clickOn("#theme-toggle");
        assertThat(workbench.model().themeProperty().get()).isEqualTo(ThemeChoice.DARK);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(workbench.model().themeProperty().get()).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void everyControlHasAnIdAndAccessibleText(FxRobot robot) {
        for (String id : List.of(
                "#queue-search",
                "#queue-kind-filter",
                "#queue-table",
                "#queue-badge-critical",
                "#queue-clear-filters",
                "#review-diff",
                "#review-findings",
                "#shortcuts-button",
                "#theme-toggle",
                "#nav-queue")) {
            Node node = robot.lookup(id).query();
            assertThat(node.getAccessibleText()).as(id).isNotBlank();
        }
    }

    private static List<TreeTableRow<?>> highlightedRows(FxRobot robot) {
        return robot.lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(row -> row.getPseudoClassStates().contains(HIGHLIGHTED))
                .<TreeTableRow<?>>map(row -> row)
                .toList();
    }
}
