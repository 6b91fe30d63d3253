package io.countersign.benchmarks.startup;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up floor: the smallest JavaFX window (one label, the workbench's default size) on the
 * same runtime and class path as the workbench. Prints "countersign startup: first-frame MILLIS" after
 * its first pulse, as the workbench's start-up probe does, and exits. With the argument {@code themed}
 * it first sets the workbench's theme (AtlantaFX Primer Light), which separates what the theme costs
 * from what the workbench's own views cost. The benchmark harness (S1) and
 * packaging/measure-startup.sh both run this one class.
 */
public final class BareWindow {
    private BareWindow() {}

    /** Not the Application itself: the java launcher refuses an Application main class when JavaFX is on the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            if (getParameters().getRaw().contains("themed")) {
                Theme.apply();
            }
            show(stage);
        }
    }

    /** Apart, so that the unthemed floor runs without AtlantaFX on its class path. */
    private static final class Theme {
        static void apply() {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
    }

    private static void show(Stage stage) {
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
