package io.countersign.app.review;

import io.countersign.model.finding.Finding;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The findings, most severe first; the selected one opens to its explanation, evidence, fix and references. */
final class FindingsView extends VBox {
    private final ListView<Finding> list = new ListView<>();
    private final Label heading = new Label();
    private boolean syncing;

    FindingsView(ReviewViewModel model) {
        getStyleClass().add("findings-view");
        setId("review-findings-pane");
        heading.getStyleClass().add("pane-heading");
        heading.setId("review-findings-heading");
        list.setId("review-findings");
        list.setAccessibleText("Findings, most severe first");
        list.getStyleClass().add("findings-list");
        list.setItems(model.findings());
        Label none = new Label("No findings: nothing in this draft breaks a rule the policy knows.");
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setCellFactory(view -> new FindingCell(view, model));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);

        model.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> updateHeading(model));
        updateHeading(model);
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing) {
                model.selectedFindingProperty().set(now);
            }
        });
        model.selectedFindingProperty().addListener((obs, was, now) -> {
            syncing = true;
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
            syncing = false;
        });
        model.linkedFindings().addListener((SetChangeListener<Finding>) c -> list.refresh());
    }

    private void updateHeading(ReviewViewModel model) {
        long open = model.findings().stream().filter(Finding::needsAttention).count();
        heading.setText("Findings  ·  " + model.findings().size()
                + (open == model.findings().size() ? "" : " (" + open + " need attention)"));
    }

    /** Puts the keyboard in the findings list, on the first finding if none is selected (the F shortcut). */
    void focusFindings(ReviewViewModel model) {
        if (model.selectedFindingProperty().get() == null) {
            model.selectFirstFinding();
        }
        list.requestFocus();
    }
}
