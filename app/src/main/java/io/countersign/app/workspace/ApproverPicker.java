package io.countersign.app.workspace;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** In the app bar: who this window signs as, a way to add another approver's key, and the demo banner. */
public final class ApproverPicker extends HBox {

    public ApproverPicker(WorkspaceViewModel model) {
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Label banner = new Label();
        banner.setId("demo-banner");
        banner.getStyleClass().add("demo-banner");
        banner.setGraphic(new FontIcon(Material2MZ.SCHOOL));
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setMinWidth(Region.USE_PREF_SIZE);
        banner.setTooltip(new Tooltip(
                "A throw-away demo workspace, fresh each run; every demo approver's key uses this passphrase"));
        Label actAs = new Label("Act as");
        actAs.getStyleClass().add("act-as-label");
        actAs.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Approver> picker = new ComboBox<>(model.approvers());
        picker.setId("approver-picker");
        picker.setAccessibleText("Approver you act and sign as");
        picker.setTooltip(new Tooltip("Who you review and sign as: independence findings are about this person"));
        picker.valueProperty().bindBidirectional(model.actingAsProperty());
        picker.setPromptText("No signing key yet");
        picker.setMinWidth(200);
        actAs.setLabelFor(picker);
        Button add = new Button(null, new FontIcon(Material2AL.ADD));
        add.setId("approver-add");
        add.setAccessibleText("Create a signing key for another approver");
        add.setTooltip(new Tooltip("Create a signing key for another approver"));
        add.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        add.setOnAction(event -> model.addApprover());
        HBox who = new HBox(6, actAs, picker, add);
        who.setAlignment(Pos.CENTER_LEFT);
        who.visibleProperty().bind(model.sessionProperty().isNotNull());
        who.managedProperty().bind(who.visibleProperty());
        getChildren().addAll(banner, who);
    }
}
