package io.countersign.app.snapshot;

import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** One change: its mark (icon and word), whether it is an identity or a grant, who, and what. */
final class ChangeCell extends ListCell<ChangeRow> {
    private final Label mark = new Label();
    private final Label area = new Label();
    private final Label subject = new Label();
    private final Label detail = new Label();
    private final HBox row = new HBox(10, mark, area, subject, detail);

    ChangeCell() {
        row.setAlignment(Pos.CENTER_LEFT);
        mark.setMinWidth(92);
        area.getStyleClass().add("change-area");
        area.setMinWidth(64);
        subject.getStyleClass().add("change-subject");
        subject.setMinWidth(USE_PREF_SIZE);
        detail.getStyleClass().add("change-detail");
        // Long details wrap inside the list's width instead of pushing a horizontal scroll bar.
        detail.setWrapText(true);
        detail.setMinWidth(0);
        detail.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ChangeRow item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        MarkLabel.apply(mark, Marks.change(item.change()));
        area.setText(item.area().word());
        subject.setText(item.subject());
        detail.setText(item.detail());
        setAccessibleText(item.spoken());
        setGraphic(row);
    }
}
