package io.countersign.packaging.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: the smallest JavaFX window (one label, the workbench's default size) on the
 * same runtime as the app image. Prints "countersign startup: first-frame MILLIS" after its first
 * pulse, as the workbench's StartupProbe does, and exits. Run by packaging/src/main/sh/measure-startup.sh.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Countersign")), 1440, 900);
        stage.setTitle("Bare window");
        stage.setScene(scene);
        stage.show();
        boolean[] fired = new boolean[1];
        scene.addPostLayoutPulseListener(() -> {
            if (!fired[0]) {
                fired[0] = true;
                Platform.runLater(() -> {
                    System.err.printf("countersign startup: first-frame %d%n", System.currentTimeMillis());
                    Platform.exit();
                });
            }
        });
        Platform.requestNextPulse();
    }
}
