package io.countersign.app.review;

import atlantafx.base.theme.Styles;
import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import io.countersign.app.queue.QueueItem;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The top of the review: what the draft is, who is behind it, and the human's request beside the proposal. */
final class ReviewHeaderView extends VBox {

    ReviewHeaderView(ReviewViewModel model) {
        getStyleClass().add("review-header");
        setId("review-header");
        model.summaryProperty()
                .addListener((obs, was, now) -> show(model.itemProperty().get(), now));
        show(model.itemProperty().get(), model.summaryProperty().get());
    }

    private void show(QueueItem item, DraftSummary summary) {
        getChildren().clear();
        if (item == null || summary == null) {
            return;
        }
        Label title = new Label(summary.title());
        title.setId("review-title");
        title.getStyleClass().addAll(Styles.TITLE_3, "review-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox chips = new HBox(
                6,
                MarkLabel.chip(Marks.kind(item.kind())),
                riskChip(item),
                MarkLabel.chip(Marks.severity(item.highestSeverity())));
        if (item.needsStepUp()) {
            Label stepUp = MarkLabel.chip(Marks.stepUp(item.approversNeeded()));
            stepUp.setText("Step-up · " + item.approversNeeded() + " approvers");
            chips.getChildren().add(stepUp);
        }
        chips.setAlignment(Pos.CENTER_LEFT);
        Label reference = new Label(summary.reference());
        reference.getStyleClass().add("review-reference");

        FlowPane people = new FlowPane(
                22,
                6,
                fact("Ticket", summary.ticket()),
                fact("Requester", summary.requester()),
                fact("Initiated by", summary.initiator()),
                fact("For", summary.requestedFor()),
                fact("Drafted by", summary.assistant()));
        people.getStyleClass().add("review-facts");

        VBox request = card(
                "review-request",
                new FontIcon(Material2MZ.PERSON),
                "Requested by a human",
                summary.requestText(),
                summary.requestDetail());
        VBox proposal = card(
                "review-proposal",
                new FontIcon(Material2AL.DESCRIPTION),
                "What the draft proposes",
                summary.proposalText(),
                "the assistant's claimed risk: " + summary.claimedRisk() + " · analysed risk: "
                        + item.risk().code());
        GridPane sideBySide = new GridPane();
        sideBySide.setHgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        sideBySide.getColumnConstraints().addAll(half, half);
        sideBySide.addRow(0, request, proposal);
        request.setMaxHeight(Double.MAX_VALUE);
        proposal.setMaxHeight(Double.MAX_VALUE);
        getChildren().addAll(chips, title, reference, people, sideBySide);
    }

    private static Label riskChip(QueueItem item) {
        Label risk = MarkLabel.chip(Marks.risk(item.risk()));
        risk.setText("Risk " + item.risk().code());
        return risk;
    }

    private static VBox fact(String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-name");
        Label text = new Label(value);
        text.getStyleClass().add("fact-value");
        text.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(1, key, text);
    }

    private static VBox card(String id, FontIcon icon, String heading, String body, String foot) {
        Label title = new Label(heading, icon);
        title.getStyleClass().add("card-heading");
        Label text = new Label(body);
        text.setId(id + "-text");
        text.setWrapText(true);
        text.getStyleClass().add("card-body");
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(6, title, text);
        if (foot != null && !foot.isBlank()) {
            Label footer = new Label(foot);
            footer.setWrapText(true);
            footer.getStyleClass().add("card-foot");
            card.getChildren().add(footer);
        }
        card.setId(id);
        card.getStyleClass().addAll("review-card", id);
        return card;
    }
}
