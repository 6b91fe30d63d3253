package io.countersign.app.training;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Before a session: what training is, and the two ways to start one. */
final class TrainingStartView extends VBox {

    TrainingStartView(TrainingViewModel model) {
        setId("training-start");
        getStyleClass().add("training-start");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        FontIcon icon = new FontIcon(Material2MZ.SCHOOL);
        icon.getStyleClass().add("training-start-icon");
        Label title = new Label("Training");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label(
                "Open a casebook in a training workspace of its own. Trainees review each case as usual, decide, "
                        + "and then see what a careful reviewer would have noticed, with a score. Training keys and records stay "
                        + "in the training workspace: your evidence store is never touched.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add("training-start-text");
        Button sample = new Button("Open the sample casebook", new FontIcon(Material2MZ.SCHOOL));
        sample.setId("training-open-sample");
        sample.setAccessibleText("Open the sample casebook (Larkspur Freight) in a new training workspace");
        sample.getStyleClass().add(Styles.ACCENT);
        sample.setOnAction(event -> model.openSample());
        Button file = new Button("Open a casebook file…", new FontIcon(Material2AL.FOLDER_OPEN));
        file.setId("training-open-file");
        file.setAccessibleText("Choose a casebook file to open in a new training workspace");
        file.setOnAction(event -> model.openFile());
        sample.disableProperty().bind(model.openingProperty());
        file.disableProperty().bind(model.openingProperty());
        HBox buttons = new HBox(10, sample, file);
        buttons.setAlignment(Pos.CENTER);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("training-opening");
        progress.setPrefSize(28, 28);
        progress.visibleProperty().bind(model.openingProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.openingProperty());
        status.getStyleClass().add("training-hint");
        getChildren().addAll(icon, title, text, buttons, progress, status);
    }
}
