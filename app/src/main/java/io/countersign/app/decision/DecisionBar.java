package io.countersign.app.decision;

import atlantafx.base.theme.Styles;
import io.countersign.model.format.Outcome;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Under the review: the four ways to start a decision, with their keys, and where the draft stands. */
public final class DecisionBar extends HBox {

    public DecisionBar(DecisionViewModel model) {
        setId("decision-bar");
        getStyleClass().add("decision-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label heading = new Label("Decide");
        heading.getStyleClass().add("decision-bar-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(heading);
        for (OutcomeChoice choice : OutcomeChoice.values()) {
            Button button = new Button(choice.label(), new FontIcon(choice.icon()));
            button.setId("decide-" + choice.outcome().code());
            button.getStyleClass().addAll(Styles.SMALL, "decision-start", choice.styleClass());
            button.setAccessibleText(choice.label() + " (key " + choice.key() + ")");
            button.setTooltip(new Tooltip(choice.label() + "  ( " + choice.key() + " )"));
            button.setFocusTraversable(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.disableProperty().bind(model.formProperty().isNull());
            button.setOnAction(event -> model.start(choice.outcome()));
            getChildren().add(button);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label standing = new Label();
        standing.setId("decision-standing");
        standing.getStyleClass().add("decision-standing");
        standing.setGraphic(new FontIcon(Material2MZ.PEOPLE));
        standing.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.unavailableProperty().get().isEmpty()
                                ? model.standingProperty().get()
                                : model.unavailableProperty().get(),
                        model.standingProperty(),
                        model.unavailableProperty()));
        standing.graphicProperty()
                .bind(Bindings.createObjectBinding(
                        () -> new FontIcon(
                                model.unavailableProperty().get().isEmpty() ? Material2MZ.PEOPLE : Material2AL.INFO),
                        model.unavailableProperty()));
        standing.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(standing.textProperty());
        standing.setTooltip(whole);
        getChildren().addAll(spacer, standing);
    }

    /** The outcomes in the order the bar and the form show them, each with its key. */
    enum OutcomeChoice {
        APPROVE(Outcome.APPROVE, "Approve", "A", Material2AL.CHECK, "outcome-approve"),
        APPROVE_REDUCED(Outcome.APPROVE_REDUCED, "Approve reduced", "E", Material2AL.CONTENT_CUT, "outcome-reduced"),
        REJECT(Outcome.REJECT, "Reject", "R", Material2AL.BLOCK, "outcome-reject"),
        REQUEST_CHANGES(Outcome.REQUEST_CHANGES, "Request changes", "C", Material2MZ.REPLY, "outcome-changes");

        private final Outcome outcome;
        private final String label;
        private final String key;
        private final Ikon icon;
        private final String styleClass;

        OutcomeChoice(Outcome outcome, String label, String key, Ikon icon, String styleClass) {
            this.outcome = outcome;
            this.label = label;
            this.key = key;
            this.icon = icon;
            this.styleClass = styleClass;
        }

        Outcome outcome() {
            return outcome;
        }

        String label() {
            return label;
        }

        String key() {
            return key;
        }

        Ikon icon() {
            return icon;
        }

        String styleClass() {
            return styleClass;
        }

        static OutcomeChoice of(Outcome outcome) {
            for (OutcomeChoice choice : values()) {
                if (choice.outcome == outcome) {
                    return choice;
                }
            }
            throw new IllegalArgumentException(String.valueOf(outcome));
        }
    }
}
