package io.countersign.app.review;

import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import io.countersign.model.analysis.AccessRow;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** A workflow draft as two approval chains, before and after, each step a card marked with what changes. */
final class WorkflowChainView extends ScrollPane {
    private final VBox content = new VBox(10);

    WorkflowChainView(ReviewViewModel model) {
        setId("review-workflow");
        setAccessibleText("Approval chain before and after the draft");
        getStyleClass().add("workflow-chain");
        setFitToWidth(false);
        content.getStyleClass().add("workflow-content");
        setContent(content);
        model.workflowProperty().addListener((obs, was, now) -> show(now));
        show(model.workflowProperty().get());
    }

    private void show(WorkflowChain chain) {
        content.getChildren().clear();
        if (chain == null) {
            return;
        }
        Label title = new Label("Approval chain " + chain.name());
        title.getStyleClass().add("pane-heading");
        content.getChildren()
                .addAll(
                        title,
                        row("Before", chain.before(), "review-workflow-before"),
                        row("After", chain.after(), "review-workflow-after"));
    }

    private static HBox row(String heading, List<WorkflowChain.StepCard> cards, String id) {
        Label label = new Label(heading);
        label.getStyleClass().add("chain-heading");
        // An HBox, not a FlowPane: it sizes wrapped card text at the card's real width, so nothing overlaps.
        HBox steps = new HBox(6);
        steps.setId(id);
        steps.setAlignment(Pos.CENTER_LEFT);
        steps.setFillHeight(false);
        if (cards.isEmpty()) {
            steps.getChildren().add(new Label("No workflow before this draft."));
        }
        for (int i = 0; i < cards.size(); i++) {
            if (i > 0) {
                FontIcon arrow = new FontIcon(Material2AL.ARROW_FORWARD);
                arrow.getStyleClass().add("chain-arrow");
                steps.getChildren().add(arrow);
            }
            steps.getChildren().add(card(cards.get(i)));
        }
        label.setMinWidth(56);
        HBox row = new HBox(8, label, steps);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox card(WorkflowChain.StepCard step) {
        Label name = new Label(step.name());
        name.getStyleClass().add("step-name");
        name.setWrapText(true);
        VBox card = new VBox(2, name);
        if (step.change() != AccessRow.Change.UNCHANGED) {
            HBox mark = new HBox(MarkLabel.chip(Marks.change(step.change())));
            mark.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(mark);
        }
        card.getChildren().add(fact(step.approver() + " · quorum " + step.quorum()));
        if (!step.conditions().isEmpty()) {
            card.getChildren().add(fact("if " + String.join(", ", step.conditions())));
        }
        step.notes().forEach(note -> {
            Label changed = new Label(note);
            changed.getStyleClass().add("step-note");
            changed.setWrapText(true);
            card.getChildren().add(changed);
        });
        card.getStyleClass().addAll("step-card", "step-" + step.change().name().toLowerCase(Locale.ROOT));
        card.setMinWidth(150);
        card.setPrefWidth(176);
        card.setMaxWidth(176);
        card.setMinHeight(Region.USE_PREF_SIZE);
        return card;
    }

    private static Label fact(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("step-fact");
        label.setWrapText(true);
        return label;
    }
}
