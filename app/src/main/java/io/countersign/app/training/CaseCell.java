package io.countersign.app.training;

import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One case in the list: its title, kind and difficulty, and whether it is done (with its score). */
final class CaseCell extends ListCell<CaseRow> {

    CaseCell() {
        getStyleClass().add("case-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(CaseRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        var trainingCase = row.item().trainingCase();
        Label title = new Label(row.item().title());
        title.getStyleClass().add("case-title");
        title.setMinWidth(0);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label kind = MarkLabel.of(Marks.kind(trainingCase.draft().kind()));
        Label difficulty = MarkLabel.of(TrainingMarks.difficulty(trainingCase.difficulty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Integer score = row.done() ? row.feedback().score() : null;
        Label progress = MarkLabel.of(TrainingMarks.progress(score));
        HBox marks = new HBox(10, kind, difficulty, spacer, progress);
        marks.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, title, marks);
        card.getStyleClass().add("case-card");
        card.prefWidthProperty().bind(widthProperty().subtract(38));
        card.maxWidthProperty().bind(widthProperty().subtract(38));
        setGraphic(card);
        setAccessibleText(row.item().title() + ". "
                + Marks.kind(trainingCase.draft().kind()).word() + ", "
                + TrainingMarks.difficulty(trainingCase.difficulty()).word() + ". "
                + (score == null ? "To do." : "Done, scored " + score + " percent."));
    }
}
