package io.countersign.app.review;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The assistant's own view of its draft, fenced off and labelled ADVISORY: its recommendation is an
 * opinion to weigh, not a fact and never a pre-set decision.
 */
final class AdvisoryView extends VBox {

    AdvisoryView(ReviewViewModel model) {
        getStyleClass().add("advisory");
        setId("review-advisory");
        setAccessibleText("Advisory: the assistant's rationale and recommendation, not verified facts");
        model.advisoryProperty().addListener((obs, was, now) -> show(now));
        show(model.advisoryProperty().get());
    }

    private void show(Advisory advisory) {
        getChildren().clear();
        if (advisory == null) {
            return;
        }
        Label tag = new Label("ADVISORY", new FontIcon(Material2MZ.PSYCHOLOGY));
        tag.getStyleClass().add("advisory-tag");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        Label who = new Label("from " + advisory.assistant() + " — not verified");
        who.getStyleClass().add("advisory-who");
        who.setMinWidth(0);
        who.setWrapText(true);
        HBox top = new HBox(8, tag, who);
        top.setAlignment(Pos.CENTER_LEFT);
        Label recommends =
                new Label("Suggests: " + advisory.recommendation() + "   ·   confidence " + advisory.confidence());
        recommends.setId("review-advisory-recommendation");
        recommends.getStyleClass().add("advisory-recommendation");
        recommends.setWrapText(true);
        Label rationale = new Label(advisory.rationale());
        rationale.setWrapText(true);
        rationale.getStyleClass().add("advisory-text");
        rationale.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(top, recommends, rationale);
        if (!advisory.sources().isEmpty()) {
            Label sources = new Label("Consulted: " + String.join(", ", advisory.sources()));
            sources.setWrapText(true);
            sources.getStyleClass().add("advisory-sources");
            getChildren().add(sources);
        }
    }
}
