package io.countersign.app.decision;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Every reason the decision cannot be signed yet, in plain words; or that it is ready. */
final class BlockingReasonsView extends VBox {
    /** Ready to sign: the panel turns from a warning into a confirmation. */
    private static final javafx.css.PseudoClass READY = javafx.css.PseudoClass.getPseudoClass("ready");

    private final DecisionForm form;

    BlockingReasonsView(DecisionForm form) {
        this.form = form;
        setId("decision-reasons");
        getStyleClass().add("decision-reasons");
        setSpacing(6);
        form.reasons().addListener((ListChangeListener<BlockingReason>) change -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        pseudoClassStateChanged(READY, form.reasons().isEmpty());
        if (form.reasons().isEmpty()) {
            Label ready =
                    new Label("Ready to sign: every rule is met.", icon(Material2AL.CHECK_CIRCLE, "reason-ready-icon"));
            ready.setId("decision-ready");
            ready.getStyleClass().add("reason-ready");
            getChildren().add(ready);
            setAccessibleText("Ready to sign");
            return;
        }
        Label title = new Label("Not signable yet", icon(Material2AL.BLOCK, "reason-icon"));
        title.getStyleClass().add("reasons-title");
        getChildren().add(title);
        for (BlockingReason reason : form.reasons()) {
            Label heading = new Label(reason.heading());
            heading.getStyleClass().add("reason-heading");
            Label detail = new Label(reason.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add("reason-detail");
            VBox row = new VBox(1, heading, detail);
            row.getStyleClass().add("reason");
            getChildren().add(row);
        }
        setAccessibleText("Not signable yet: "
                + String.join(
                        "; ",
                        form.reasons().stream().map(BlockingReason::toString).toList()));
    }

    private static FontIcon icon(Ikon ikon, String style) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(style);
        return icon;
    }
}
