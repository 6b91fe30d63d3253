package io.countersign.app.queue;

import io.countersign.app.common.Mark;
import io.countersign.app.common.Mark;
import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The queue's table: one row per draft, each column sortable, marks drawn with icon, word and colour. */
final class QueueTable {
    private QueueTable() {}

    static TableView<QueueItem> create(QueueViewModel model) {
        TableView<QueueItem> table = new TableView<>();
        table.setId("queue-table");
        table.setAccessibleText("Pending drafts");
        table.getStyleClass().add("queue-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<QueueItem, QueueItem> severity = column("Severity", "queue-col-severity", 100,
                Comparator.comparing(QueueItem::highestSeverity, Comparator.nullsFirst(Comparator.<Severity>naturalOrder())),
                item -> Marks.severity(item.highestSeverity()));
        TableColumn<QueueItem, QueueItem> draft = new TableColumn<>("Draft");
        draft.setId("queue-col-draft");
        draft.setMinWidth(190);
        draft.setPrefWidth(260);
        draft.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        draft.setComparator(Comparator.comparing(QueueItem::title, String.CASE_INSENSITIVE_ORDER));
        draft.setCellFactory(col -> new DraftCell());
        TableColumn<QueueItem, QueueItem> risk = column("Risk", "queue-col-risk", 92,
                Comparator.comparing(QueueItem::risk, Comparator.<RiskTier>naturalOrder()), item -> Marks.risk(item.risk()));
        TableColumn<QueueItem, QueueItem> approvers = new TableColumn<>("Approvers");
        approvers.setId("queue-col-approvers");
        approvers.setPrefWidth(112);
        approvers.setMinWidth(108);
        approvers.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        approvers.setComparator(Comparator.comparingInt(QueueItem::approversNeeded));
        approvers.setCellFactory(col -> new ApproversCell());
        TableColumn<QueueItem, QueueItem> age = new TableColumn<>("Age");
        age.setId("queue-col-age");
        age.setPrefWidth(54);
        age.setMinWidth(50);
        age.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        age.setComparator(Comparator.comparing(item -> item.age(model.clock().instant())));
        age.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(QueueItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : QueueItem.ageText(item.age(model.clock().instant())));
            }
        });
        table.getColumns().setAll(java.util.List.of(severity, draft, risk, approvers, age));
        severity.setSortType(TableColumn.SortType.DESCENDING);
        // Most severe first: triage order until the reviewer sorts otherwise.
        table.getSortOrder().add(severity);
        return table;
    }

    private static TableColumn<QueueItem, QueueItem> column(String title, String id, double width,
                                                           Comparator<QueueItem> order, Function<QueueItem, Mark> mark) {
        TableColumn<QueueItem, QueueItem> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(width - 8);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(order);
        column.setCellFactory(col -> new MarkCell(mark));
        return column;
    }

    private static final class MarkCell extends TableCell<QueueItem, QueueItem> {
        private final Function<QueueItem, Mark> mark;
        private final Label label = new Label();

        MarkCell(Function<QueueItem, Mark> mark) {
            this.mark = mark;
        }

        @Override
        protected void updateItem(QueueItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            MarkLabel.apply(label, mark.apply(item));
            setGraphic(label);
        }
    }

    /** Title, then the kind (icon and word), the affected identities and the draft id. */
    private static final class DraftCell extends TableCell<QueueItem, QueueItem> {
        private final Label title = new Label();
        private final Label kind = new Label();
        private final Label detail = new Label();
        private final HBox second = new HBox(8, kind, detail);
        private final VBox box = new VBox(2, title, second);
        private final Tooltip tooltip = new Tooltip();

        DraftCell() {
            title.getStyleClass().add("queue-draft-title");
            detail.getStyleClass().add("queue-draft-detail");
            kind.getStyleClass().add("queue-draft-kind");
            kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            second.setAlignment(Pos.CENTER_LEFT);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            detail.setMinWidth(0);
        }

        @Override
        protected void updateItem(QueueItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            title.setText(item.title());
            MarkLabel.apply(kind, Marks.kind(item.kind()));
            detail.setText(item.affectedIdentities() + "  ·  " + item.id());
            second.getChildren().setAll(kind, detail);
            if (item.supersedes()) {
                second.getChildren().add(1, marker(QueueMarks.supersedes(item.draft().revision())));
            }
            if (item.staleBasis()) {
                second.getChildren().add(1, marker(QueueMarks.staleBasis()));
            }
            if (item.blockedForReviewer() && !item.decided()) {
                second.getChildren().add(1, marker(QueueMarks.blocked()));
            }
            tooltip.setText(item.title() + "\n" + item.id() + " · revision " + item.draft().revision());
            setTooltip(tooltip);
            setGraphic(box);
        }
    }

    private static Label marker(Mark mark) {
        Label label = MarkLabel.of(mark);
        label.getStyleClass().add("queue-marker");
        return label;
    }

    private static final class ApproversCell extends TableCell<QueueItem, QueueItem> {
        private final Label label = new Label();

        @Override
        protected void updateItem(QueueItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            label.getStyleClass().setAll("label");
            Mark standing = QueueMarks.standing(item.standing());
            if (standing != null) {
                MarkLabel.apply(label, standing);
                label.setText(standing.word() + (item.needsStepUp() && !item.decided() ? " · step-up" : ""));
            } else if (item.needsStepUp()) {
                MarkLabel.apply(label, Marks.stepUp(item.approversNeeded()));
                label.setText(item.approversNeeded() + " · step-up");
            } else {
                label.getStyleClass().setAll("label", "queue-single-approver");
                label.setGraphic(null);
                label.setText("1");
            }
            setGraphic(label);
        }
    }
}
