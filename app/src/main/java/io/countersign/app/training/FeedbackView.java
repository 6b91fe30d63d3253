package io.countersign.app.training;

import static io.countersign.app.training.TraineeDecisionView.caption;
import static io.countersign.app.training.TraineeDecisionView.heading;

import atlantafx.base.theme.Styles;
import io.countersign.app.common.Mark;
import io.countersign.app.common.MarkLabel;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** After deciding: expected outcome beside the trainee's, the findings they missed and why, the trainer's words, the score. */
final class FeedbackView extends VBox {
    private final Runnable next;

    FeedbackView(ObservableValue<CaseFeedback> feedback, Runnable next) {
        this.next = next;
        setId("training-feedback");
        getStyleClass().add("case-feedback");
        setSpacing(10);
        feedback.addListener((obs, was, now) -> show(now));
        show(feedback.getValue());
    }

    private void show(CaseFeedback feedback) {
        getChildren().clear();
        if (feedback == null) {
            return;
        }
        Label score = new Label(feedback.score() + " %");
        score.setId("training-case-score");
        score.getStyleClass()
                .addAll(
                        "case-score",
                        feedback.score() >= 75
                                ? "progress-good"
                                : feedback.score() >= 50 ? "progress-fair" : "progress-poor");
        score.setAccessibleText("Case score " + feedback.score() + " percent");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading("Feedback", Material2AL.FACT_CHECK), spacer, score);
        top.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(top, outcomes(feedback), caption("Findings you missed"));
        if (feedback.missed().isEmpty()) {
            Label all = new Label(
                    "You noticed every finding a careful reviewer would.", new FontIcon(Material2AL.CHECK_CIRCLE));
            all.setId("training-missed-none");
            all.getStyleClass().add("missed-none");
            all.setWrapText(true);
            getChildren().add(all);
        } else {
            VBox missed = new VBox(8);
            missed.setId("training-missed");
            feedback.missed().forEach(m -> missed.getChildren().add(missedCard(m)));
            getChildren().add(missed);
        }
        if (!feedback.noticed().isEmpty()) {
            FlowPane noticed = new FlowPane(6, 6);
            noticed.setId("training-noticed");
            feedback.noticed().forEach(rule -> {
                Label chip = new Label(rule, new FontIcon(Material2AL.CHECK));
                chip.getStyleClass().add("noticed-chip");
                noticed.getChildren().add(chip);
            });
            getChildren().addAll(caption("Noticed"), noticed);
        }
        getChildren().addAll(caption("Why"), text(feedback.explanation(), "training-explanation"));
        if (feedback.trainerNotes() != null && !feedback.trainerNotes().isBlank()) {
            getChildren().addAll(caption("Trainer's notes"), text(feedback.trainerNotes(), "training-notes"));
        }
        Label record = new Label(feedback.recordNote(), new FontIcon(Material2MZ.SCHOOL));
        record.setId("training-record-note");
        record.setWrapText(true);
        record.setMinHeight(Region.USE_PREF_SIZE);
        record.getStyleClass().add("record-note");
        Button nextCase = new Button("Next case", new FontIcon(Material2AL.ARROW_FORWARD));
        nextCase.setId("training-next");
        nextCase.setAccessibleText("Go to the next case still to do");
        nextCase.getStyleClass().add(Styles.ACCENT);
        nextCase.setOnAction(event -> next.run());
        getChildren().addAll(record, nextCase);
    }

    private static VBox outcomes(CaseFeedback feedback) {
        Mark verdict = TrainingMarks.verdict(feedback.outcomeRight());
        Label expected = MarkLabel.chip(TrainingMarks.outcome(feedback.expected()));
        expected.setId("training-expected");
        expected.setAccessibleText("Expected outcome: " + expected.getText());
        Label chosen = MarkLabel.chip(TrainingMarks.outcome(feedback.chosen()));
        chosen.setId("training-chosen");
        chosen.setAccessibleText("Your outcome: " + chosen.getText());
        Label verdictLabel = MarkLabel.of(verdict);
        verdictLabel.setId("training-verdict");
        verdictLabel.setAccessibleText(
                feedback.outcomeRight()
                        ? "Your outcome is the expected one"
                        : "Your outcome differs from the expected one");
        HBox expectedRow = new HBox(8, fixed("Expected"), expected);
        HBox chosenRow = new HBox(8, fixed("You chose"), chosen, verdictLabel);
        expectedRow.setAlignment(Pos.CENTER_LEFT);
        chosenRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, expectedRow, chosenRow);
        box.getStyleClass().addAll("outcome-compare", feedback.outcomeRight() ? "verdict-right" : "verdict-wrong");
        return box;
    }

    private static VBox missedCard(CaseFeedback.MissedFinding missed) {
        Label title = new Label(missed.rule() + " · " + missed.title(), new FontIcon(Material2MZ.VISIBILITY_OFF));
        title.getStyleClass().add("missed-title");
        title.setWrapText(true);
        Label why = new Label(missed.explanation());
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.getStyleClass().add("missed-text");
        VBox card = new VBox(4, title, why);
        card.getStyleClass().add("missed-card");
        card.setAccessibleText("Missed " + missed.rule() + ", " + missed.title() + ": " + missed.explanation());
        return card;
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("compare-name");
        label.setMinWidth(76);
        return label;
    }

    private static Label text(String text, String id) {
        Label label = new Label(text == null || text.isBlank() ? "—" : text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("feedback-text");
        return label;
    }
}
