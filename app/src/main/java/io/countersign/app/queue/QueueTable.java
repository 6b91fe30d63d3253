package io.countersign.app.queue;

import io.countersign.app.common.Mark;
import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
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

        QueueSortKeys order = new QueueSortKeys();
        TableColumn<QueueItem, QueueItem> severity = column(
                "Severity",
                "queue-col-severity",
                100,
                order.severity(),
                item -> Marks.severity(item.highestSeverity()));
        TableColumn<QueueItem, QueueItem> draft = new TableColumn<>("Draft");
        draft.setId("queue-col-draft");
        draft.setMinWidth(190);
        draft.setPrefWidth(260);
        draft.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        draft.setComparator(order.title());
        draft.setCellFactory(col -> new DraftCell());
        TableColumn<QueueItem, QueueItem> risk =
                column("Risk", "queue-col-risk", 92, order.risk(), item -> Marks.risk(item.risk()));
        TableColumn<QueueItem, QueueItem> approvers = new TableColumn<>("Approvers");
        approvers.setId("queue-col-approvers");
        approvers.setPrefWidth(112);
        approvers.setMinWidth(108);
        approvers.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        approvers.setComparator(order.approvers());
        approvers.setCellFactory(col -> new ApproversCell());
        TableColumn<QueueItem, QueueItem> age = new TableColumn<>("Age");
        age.setId("queue-col-age");
        age.setPrefWidth(54);
        age.setMinWidth(50);
        age.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        age.setComparator(order.age());
        age.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(QueueItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : QueueItem.ageText(item.age(model.clock().instant())));
            }
        });
        table.getColumns().setAll(List.of(severity, draft, risk, approvers, age));
        severity.setSortType(TableColumn.SortType.DESCENDING);
        // Most severe first: triage order until the reviewer sorts otherwise.
        table.getSortOrder().add(severity);
        return table;
    }

    /**
     * The table's order as a comparator of rows. Every column's cell value is the row itself, so the
     * columns' comparators apply to rows directly; the table's own comparator would call a column's
     * cell value factory twice per comparison (about a third of the time to sort 100,000 rows). It
     * follows the table's comparator, which the table replaces on every change of sort order or direction.
     */
    static ObjectBinding<Comparator<QueueItem>> rowOrder(TableView<QueueItem> table) {
        return Bindings.createObjectBinding(
                () -> {
                    Comparator<QueueItem> order = null;
                    for (TableColumn<QueueItem, ?> column : table.getSortOrder()) {
                        @SuppressWarnings("unchecked")
                        Comparator<QueueItem> by = (Comparator<QueueItem>) column.getComparator();
                        by = column.getSortType() == TableColumn.SortType.DESCENDING ? by.reversed() : by;
                        order = order == null ? by : order.thenComparing(by);
                    }
                    return order;
                },
                table.comparatorProperty());
    }

    private static TableColumn<QueueItem, QueueItem> column(
            String title, String id, double width, Comparator<QueueItem> order, Function<QueueItem, Mark> mark) {
        TableColumn<QueueItem, QueueItem> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(width - 8);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(order);
        column.setCellFactory(col -> new MarkCell(mark));
        return column;
    }

    /*
     * Cells skip restyling when what they show is unchanged: scrolling reuses a few dozen cells for
     * every row, and each new style class or icon node costs a CSS pass on the next frame.
     */
    private static final class MarkCell extends TableCell<QueueItem, QueueItem> {
        private final Function<QueueItem, Mark> mark;
        private final Label label = new Label();
        private Mark shown;

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
            Mark next = mark.apply(item);
            if (!next.equals(shown)) {
                MarkLabel.apply(label, next);
                shown = next;
            }
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
        private Mark kindShown;
        private List<Mark> markersShown = List.of();

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
            Mark kindMark = Marks.kind(item.kind());
            if (!kindMark.equals(kindShown)) {
                MarkLabel.apply(kind, kindMark);
                kindShown = kindMark;
            }
            detail.setText(item.affectedIdentities() + "  ·  " + item.id());
            List<Mark> markers = markers(item);
            if (!markers.equals(markersShown)) {
                second.getChildren().setAll(kind);
                markers.forEach(m -> second.getChildren().add(marker(m)));
                second.getChildren().add(detail);
                markersShown = markers;
            }
            tooltip.setText(item.title() + "\n" + item.id() + " · revision "
                    + item.draft().revision());
            setTooltip(tooltip);
            setGraphic(box);
        }
    }

    /** The markers between the kind and the detail, in the order they show. */
    private static List<Mark> markers(QueueItem item) {
        List<Mark> markers = new ArrayList<>(3);
        if (item.blockedForReviewer() && !item.decided()) {
            markers.add(QueueMarks.blocked());
        }
        if (item.staleBasis()) {
            markers.add(QueueMarks.staleBasis());
        }
        if (item.supersedes()) {
            markers.add(QueueMarks.supersedes(item.draft().revision()));
        }
        return markers;
    }

    private static Label marker(Mark mark) {
        Label label = MarkLabel.of(mark);
        label.getStyleClass().add("queue-marker");
        return label;
    }

    private static final class ApproversCell extends TableCell<QueueItem, QueueItem> {
        private final Label label = new Label();
        private Approvers shown;

        /** What the cell shows: a mark (none for a single approver) and the text. */
        private record Approvers(Mark mark, String text) {}

        @Override
        protected void updateItem(QueueItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Approvers next = approvers(item);
            if (!next.equals(shown)) {
                label.getStyleClass().setAll("label");
                if (next.mark() != null) {
                    MarkLabel.apply(label, next.mark());
                } else {
                    label.getStyleClass().add("queue-single-approver");
                    label.setGraphic(null);
                }
                label.setText(next.text());
                shown = next;
            }
            setGraphic(label);
        }

        private static Approvers approvers(QueueItem item) {
            Mark standing = QueueMarks.standing(item.standing());
            if (standing != null) {
                return new Approvers(
                        standing, standing.word() + (item.needsStepUp() && !item.decided() ? " · step-up" : ""));
            }
            if (item.needsStepUp()) {
                return new Approvers(Marks.stepUp(item.approversNeeded()), item.approversNeeded() + " · step-up");
            }
            return new Approvers(null, "1");
        }
    }
}
