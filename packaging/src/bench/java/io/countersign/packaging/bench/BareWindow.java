package io.countersign.packaging.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: the smallest JavaFX window (one label, the workbench's default size) on the
 * same runtime as the app image. Prints "countersign startup: first-frame MILLIS" after its first
 * pulse, as the workbench's StartupProbe does, and exits. With the argument {@code themed} it first
 * sets the workbench's theme (AtlantaFX Primer Light) as user-agent stylesheet, which separates
 * what the theme costs from what the workbench's own views cost. Run by packaging/measure-startup.sh.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        if (getParameters().getRaw().contains("themed")) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
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
