package io.countersign.app.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.Marks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The queue table's column orders and its reused cells, on a short stage so that scrolling reuses cells. */
@ExtendWith(ApplicationExtension.class)
class QueueTableFxTest {
    private QueueViewModel model;
    private TableView<QueueItem> table;

    @Start
    void start(Stage stage) {
        model = DemoQueue.loadedModel();
        QueueView view = new QueueView(model);
        table = view.table();
        stage.setScene(new Scene(view, 900, 360));
        stage.show();
    }

    private void sortBy(FxRobot robot, String columnId, TableColumn.SortType type) {
        robot.interact(() -> {
            TableColumn<QueueItem, ?> column = column(columnId);
            column.setSortType(type);
            table.getSortOrder().setAll(List.of(column));
        });
    }

    private TableColumn<QueueItem, ?> column(String id) {
        return table.getColumns().stream()
                .filter(c -> id.equals(c.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void clickingAHeaderSortsByThatColumnThenReverses(FxRobot robot) {
        robot.clickOn(robot.lookup(".column-header")
                .match(header -> "queue-col-risk".equals(header.getId()))
                .queryAs(Node.class));
        assertThat(table.getSortOrder()).containsExactly(column("queue-col-risk"));
        assertThat(model.visibleItems()).extracting(QueueItem::risk).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(model.visibleItems().getFirst().risk())
                .isNotEqualTo(model.visibleItems().getLast().risk());

        robot.clickOn(robot.lookup(".column-header")
                .match(header -> "queue-col-risk".equals(header.getId()))
                .queryAs(Node.class));
        assertThat(model.visibleItems()).extracting(QueueItem::risk).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void ageSortsYoungestFirst(FxRobot robot) {
        sortBy(robot, "queue-col-age", TableColumn.SortType.ASCENDING);
        Instant now = DemoQueue.CLOCK.instant();
        assertThat(model.visibleItems())
                .extracting(item -> item.age(now))
                .isSortedAccordingTo(Comparator.naturalOrder());
        sortBy(robot, "queue-col-age", TableColumn.SortType.DESCENDING);
        assertThat(model.visibleItems())
                .extracting(item -> item.age(now))
                .isSortedAccordingTo(Comparator.<Duration>reverseOrder());
    }

    @Test
    void draftSortsByTitleIgnoringCase(FxRobot robot) {
        sortBy(robot, "queue-col-draft", TableColumn.SortType.ASCENDING);
        assertThat(model.visibleItems())
                .extracting(item -> item.title().toLowerCase(Locale.ROOT))
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void severitySortsNoFindingFirstThenLowToCritical(FxRobot robot) {
        sortBy(robot, "queue-col-severity", TableColumn.SortType.ASCENDING);
        assertThat(model.visibleItems())
                .extracting(QueueItem::highestSeverity)
                .isSortedAccordingTo(Comparator.nullsFirst(Comparator.naturalOrder()));
        assertThat(model.visibleItems().getFirst().highestSeverity()).isNull();
    }

    @Test
    void reusedCellsShowTheirOwnRowsMarksAfterScrollingAndSorting(FxRobot robot) {
        for (String columnId : List.of("queue-col-risk", "queue-col-approvers", "queue-col-draft")) {
            sortBy(robot, columnId, TableColumn.SortType.ASCENDING);
            for (int row = 0; row < model.visibleItems().size(); row += 4) {
                int index = row;
                robot.interact(() -> table.scrollTo(index));
                assertShownCellsMatchTheirRows(robot);
            }
        }
    }

    private void assertShownCellsMatchTheirRows(FxRobot robot) {
        Set<Node> cells = robot.from(table).lookup(".table-cell").queryAll();
        List<String> checked = new ArrayList<>();
        for (Node node : cells) {
            if (!(node instanceof TableCell<?, ?> cell)
                    || cell.isEmpty()
                    || !(cell.getItem() instanceof QueueItem item)
                    || !cell.isVisible()) {
                continue;
            }
            String column = cell.getTableColumn().getId();
            Label label = cell.getGraphic() instanceof Label l ? l : null;
            switch (column) {
                case "queue-col-risk" ->
                    assertThat(label.getText())
                            .isEqualTo(Marks.risk(item.risk()).word());
                case "queue-col-severity" ->
                    assertThat(label.getText())
                            .isEqualTo(Marks.severity(item.highestSeverity()).word());
                case "queue-col-approvers" -> {
                    assertThat(label.getText()).isEqualTo(approversText(item));
                    assertThat(label.getStyleClass().contains("queue-single-approver"))
                            .isEqualTo(approversText(item).equals("1"));
                }
                case "queue-col-draft" -> {
                    Label title = (Label) cell.lookup(".queue-draft-title");
                    Label kind = (Label) cell.lookup(".queue-draft-kind");
                    assertThat(title.getText()).isEqualTo(item.title());
                    assertThat(kind.getText()).isEqualTo(Marks.kind(item.kind()).word());
                    assertThat(cell.lookupAll(".queue-marker")).hasSize(expectedMarkers(item));
                }
                default -> {}
            }
            checked.add(column);
        }
        assertThat(checked).contains("queue-col-risk", "queue-col-draft", "queue-col-approvers");
    }

    private static String approversText(QueueItem item) {
        var standing = QueueMarks.standing(item.standing());
        if (standing != null) {
            return standing.word() + (item.needsStepUp() && !item.decided() ? " · step-up" : "");
        }
        return item.needsStepUp() ? item.approversNeeded() + " · step-up" : "1";
    }

    private static int expectedMarkers(QueueItem item) {
        return (item.blockedForReviewer() && !item.decided() ? 1 : 0)
                + (item.staleBasis() ? 1 : 0)
                + (item.supersedes() ? 1 : 0);
    }
}
