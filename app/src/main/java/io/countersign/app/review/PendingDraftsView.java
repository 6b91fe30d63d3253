package io.countersign.app.review;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The affected identities' other pending drafts: each may be harmless alone and a conflict together. */
final class PendingDraftsView extends VBox {
    private final ReviewViewModel model;

    PendingDraftsView(ReviewViewModel model) {
        this.model = model;
        setId("review-other-pending");
        getStyleClass().add("other-pending");
        model.otherPending().addListener((ListChangeListener<PendingRef>) c -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        Label heading = new Label("Other pending drafts for these identities", new FontIcon(Material2AL.LAYERS));
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);
        getChildren().add(heading);
        if (model.otherPending().isEmpty()) {
            Label none = new Label("None.");
            none.getStyleClass().add("muted");
            getChildren().add(none);
            return;
        }
        for (PendingRef ref : model.otherPending()) {
            Label line = new Label(ref.title() + "\n" + ref.id() + " · " + ref.identities());
            line.setWrapText(true);
            line.getStyleClass().add("pending-ref");
            getChildren().add(line);
        }
    }
}
