package io.countersign.app.workspace;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** No workspace yet: choose or create one, or try the demo. While one opens, says so. */
public final class WorkspaceStartView extends VBox {

    public WorkspaceStartView(WorkspaceViewModel model) {
        setId("workspace-start");
        getStyleClass().add("workspace-start");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        FontIcon icon = new FontIcon(Material2AL.FOLDER_OPEN);
        icon.getStyleClass().add("workspace-start-icon");
        Label title = new Label("Choose a workspace");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("A workspace is a folder holding the evidence store and an inbox/ folder: files dropped "
                + "into the inbox are imported as they arrive. Pick an empty folder to create one.");
        text.setWrapText(true);
        text.setMaxWidth(480);
        text.getStyleClass().add("workspace-start-text");
        Button choose = new Button("Choose or create a workspace…", new FontIcon(Material2AL.FOLDER_OPEN));
        choose.setId("workspace-choose");
        choose.setAccessibleText("Choose or create a workspace folder");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.setOnAction(event -> model.chooseWorkspace());
        Button demo = new Button("Open a demo workspace", new FontIcon(Material2MZ.SCHOOL));
        demo.setId("workspace-demo");
        demo.setAccessibleText("Open a fresh demo workspace seeded with sample drafts");
        demo.setOnAction(event -> model.openDemo());
        ProgressIndicator opening = new ProgressIndicator();
        opening.setId("workspace-opening");
        opening.setMaxSize(40, 40);
        Runnable show = () -> {
            boolean busy = model.stageProperty().get() == WorkspaceViewModel.Stage.OPENING;
            opening.setVisible(busy);
            choose.setDisable(busy);
            demo.setDisable(busy);
            title.setText(busy ? "Opening the workspace…" : "Choose a workspace");
        };
        model.stageProperty().addListener((obs, was, now) -> show.run());
        show.run();
        getChildren().addAll(icon, title, text, choose, demo, opening);
    }
}
