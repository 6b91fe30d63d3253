package io.countersign.app.review;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The review pane: header, diff (or approval chain), findings, and the advisory and pending drafts beside them. */
public final class ReviewView extends StackPane {
    private final ReviewViewModel model;
    private final FindingsView findings;

    public ReviewView(ReviewViewModel model) {
        this.model = model;
        setId("review-view");
        getStyleClass().add("review-view");
        ReviewHeaderView header = new ReviewHeaderView(model);
        AccessDiffView diff = new AccessDiffView(model);
        WorkflowChainView workflow = new WorkflowChainView(model);
        StackPane changes = new StackPane(diff, workflow);
        workflow.visibleProperty().bind(model.workflowProperty().isNotNull());
        diff.visibleProperty().bind(model.workflowProperty().isNull());

        findings = new FindingsView(model);
        VBox side = new VBox(12, new AdvisoryView(model), new PendingDraftsView(model));
        side.getStyleClass().add("review-side");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().add("review-side-scroll");
        SplitPane lower = new SplitPane(findings, sideScroll);
        lower.setDividerPositions(0.6);
        lower.setId("review-lower");
        SplitPane body = new SplitPane(changes, lower);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.52);
        // An approval chain needs more height than a diff: two rows of step cards.
        model.workflowProperty().addListener((obs, was, now) -> body.setDividerPositions(now == null ? 0.52 : 0.66));
        body.setId("review-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox content = new VBox(header, body);
        content.getStyleClass().add("review-content");
        content.visibleProperty().bind(model.itemProperty().isNotNull());

        Label empty = new Label("Select a draft in the queue to review it.");
        empty.setId("review-empty");
        empty.getStyleClass().add("review-empty");
        empty.visibleProperty().bind(model.itemProperty().isNull());
        getChildren().addAll(empty, content);
    }

    /** The F shortcut: keyboard into the findings, first one selected. */
    public void focusFindings() {
        findings.focusFindings(model);
    }
}
