package io.countersign.app.training;

import io.countersign.model.training.SessionScore;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The session's running score, always in view: cases done, outcomes right, findings noticed, score. */
final class SessionScoreView extends HBox {
    private final Label cases = value("training-score-cases");
    private final Label outcomes = value("training-score-outcomes");
    private final Label findings = value("training-score-findings");
    private final Label score = value("training-score-percent");

    SessionScoreView(ObservableValue<SessionScore> session, ObservableValue<Number> total) {
        super(18);
        setId("training-score");
        getStyleClass().add("session-score");
        setAlignment(Pos.CENTER_LEFT);
        getChildren()
                .addAll(
                        stat("Cases done", cases),
                        stat("Outcomes right", outcomes),
                        stat("Findings noticed", findings),
                        stat("Score", score));
        score.getStyleClass().add("session-score-percent");
        session.addListener((obs, was, now) -> show(now, total.getValue().intValue()));
        total.addListener((obs, was, now) -> show(session.getValue(), now.intValue()));
        show(session.getValue(), total.getValue().intValue());
    }

    private void show(SessionScore now, int total) {
        cases.setText(now.cases() + " / " + total);
        outcomes.setText(now.outcomesCorrect() + " / " + now.cases());
        findings.setText(now.findingsNoticed() + " / " + now.findingsToNotice());
        score.setText(now.cases() == 0 ? "—" : now.score() + " %");
        setAccessibleText("Session score: " + now.cases() + " of " + total + " cases done, " + now.outcomesCorrect()
                + " outcomes right, " + now.findingsNoticed() + " of " + now.findingsToNotice()
                + " findings noticed, score "
                + (now.cases() == 0 ? "not yet" : now.score() + " percent"));
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("session-score-value");
        return label;
    }

    private static VBox stat(String name, Label value) {
        Label caption = new Label(name);
        caption.getStyleClass().add("session-score-caption");
        VBox box = new VBox(0, value, caption);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
