package io.countersign.app.history;

import io.countersign.app.common.Mark;
import io.countersign.app.common.MarkLabel;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The history's table: one row per record, newest first; outcome and verification as icon, word and colour. */
final class HistoryTable {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    private HistoryTable() {}

    static TableView<HistoryRow> create(HistoryViewModel model) {
        TableView<HistoryRow> table = new TableView<>(model.rows());
        table.setId("history-table");
        table.setAccessibleText("Recorded decisions");
        table.getStyleClass().add("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No decisions match"));

        TableColumn<HistoryRow, HistoryRow> seq = column(
                "Seq",
                "history-col-seq",
                46,
                Comparator.comparingLong(HistoryRow::seq),
                row -> text(String.valueOf(row.seq()), "history-seq"));
        TableColumn<HistoryRow, HistoryRow> decided = column(
                "Decided",
                "history-col-decided",
                100,
                Comparator.comparing(row ->
                        row.decision().map(d -> d.decidedAt().toEpochMilli()).orElse(Long.MAX_VALUE)),
                HistoryTable::decidedCell);
        TableColumn<HistoryRow, HistoryRow> draft = column(
                "Draft",
                "history-col-draft",
                230,
                Comparator.comparing(HistoryRow::titleLabel, String.CASE_INSENSITIVE_ORDER),
                HistoryTable::draftCell);
        draft.setMinWidth(180);
        TableColumn<HistoryRow, HistoryRow> outcome = column(
                "Outcome",
                "history-col-outcome",
                164,
                Comparator.comparing(
                        row -> row.decision().map(d -> d.outcome().ordinal()).orElse(-1)),
                row -> row.decision()
                        .map(d -> mark(EvidenceMarks.outcome(d.outcome())))
                        .orElse(text("—", "muted")));
        TableColumn<HistoryRow, HistoryRow> approver = column(
                "Approver",
                "history-col-approver",
                112,
                Comparator.comparing(HistoryRow::approverLabel, String.CASE_INSENSITIVE_ORDER),
                row -> text(row.approverLabel(), "history-approver"));
        TableColumn<HistoryRow, HistoryRow> status = column(
                "Verification",
                "history-col-status",
                128,
                Comparator.comparing(HistoryRow::broken),
                HistoryTable::statusCell);
        TableColumn<HistoryRow, HistoryRow> justification = column(
                "Justification",
                "history-col-justification",
                200,
                Comparator.comparing(row -> row.decision()
                        .map(d -> d.justification() == null ? "" : d.justification())
                        .orElse("")),
                HistoryTable::justificationCell);
        table.getColumns().setAll(List.of(seq, decided, draft, outcome, approver, status, justification));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(BROKEN, !empty && row != null && row.broken());
            }
        });
        return table;
    }

    private static Region draftCell(HistoryRow row) {
        Label title = new Label(row.titleLabel());
        title.getStyleClass().add(row.broken() ? "history-withheld" : "history-draft-title");
        title.setMinWidth(0);
        Label id = new Label(row.draftLabel());
        id.getStyleClass().add("history-draft-id");
        VBox box = new VBox(2, title, id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        return box;
    }

    private static Region decidedCell(HistoryRow row) {
        if (row.decision().isEmpty()) {
            return text("—", "muted");
        }
        Label day = text(DAY.format(row.decision().get().decidedAt()), "history-decided");
        Label time = text(TIME.format(row.decision().get().decidedAt()), "history-time");
        VBox box = new VBox(2, day, time);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Up to two lines; the whole text is in the details pane and the tooltip. */
    private static Region justificationCell(HistoryRow row) {
        Label label = text(
                row.decision()
                        .map(d -> d.justification() == null ? "—" : d.justification())
                        .orElse("—"),
                "history-justification");
        label.setWrapText(true);
        label.setMaxHeight(38);
        return label;
    }

    private static Region statusCell(HistoryRow row) {
        Label word = mark(row.status());
        Label detail = new Label(row.broken() ? row.statusDetail() : "signature · key · link");
        detail.getStyleClass().add("history-status-detail");
        VBox box = new VBox(1, word, detail);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Label mark(Mark mark) {
        return MarkLabel.of(mark);
    }

    private static Label text(String value, String style) {
        Label label = new Label(value);
        label.getStyleClass().add(style);
        label.setMinWidth(0);
        return label;
    }

    private static TableColumn<HistoryRow, HistoryRow> column(
            String title, String id, double width, Comparator<HistoryRow> order, Function<HistoryRow, Region> graphic) {
        TableColumn<HistoryRow, HistoryRow> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(order);
        column.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setGraphic(graphic.apply(row));
                tooltip.setText(
                        row.broken()
                                ? "Record " + row.seq() + ": "
                                        + EntryReasonText.of(row.verdict().reason())
                                : row.draftLabel() + " · " + row.titleLabel()
                                        + row.decision()
                                                .map(d -> d.justification() == null ? "" : "\n" + d.justification())
                                                .orElse(""));
                setTooltip(tooltip);
            }
        });
        return column;
    }
}
