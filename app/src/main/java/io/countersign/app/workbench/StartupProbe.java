package io.countersign.app.workbench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;

/**
 * Opt-in start-up measurement, off unless asked for. With {@code -Dcountersign.startup=first-frame}
 * (or {@code COUNTERSIGN_STARTUP=first-frame}, which a packaged launcher passes through) the
 * workbench prints the wall-clock time of its first frame and closes; with {@code ready} it waits
 * for the queue to be read and analysed, lets it render, prints both times and closes. The second
 * is the scripted start the packaged image's AOT cache is trained on; see ADR 0009.
 */
final class StartupProbe {
    static final String PROPERTY = "countersign.startup";
    static final String VARIABLE = "COUNTERSIGN_STARTUP";

    enum Mode { OFF, FIRST_FRAME, READY }

    private final Mode mode;
    private final PrintStream out;
    private boolean framed;
    private boolean queueReady;

    StartupProbe(Mode mode, PrintStream out) {
        this.mode = mode;
        this.out = out;
    }

    static StartupProbe fromEnvironment() {
        return new StartupProbe(mode(System.getProperty(PROPERTY), System.getenv()), System.err);
    }

    static Mode mode(String property, Map<String, String> environment) {
        String value = property != null ? property : environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return Mode.OFF;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "first-frame" -> Mode.FIRST_FRAME;
            case "ready" -> Mode.READY;
            default -> Mode.OFF;
        };
    }

    /** Call on the FX thread right after the stage is shown and the queue has started loading. */
    void watch(Scene scene, ObservableBooleanValue queueLoading) {
        if (mode == Mode.OFF) {
            return;
        }
        afterNextPulse(scene, () -> {
            framed = true;
            report("first-frame");
            if (mode == Mode.FIRST_FRAME) {
                Platform.exit();
            } else {
                closeWhenReady(scene);
            }
        });
        if (mode == Mode.READY) {
            queueLoading.addListener((obs, was, loading) -> {
                if (!loading && !queueReady) {
                    queueReady = true;
                    // One more pulse so the filled table and the selected draft are laid out and drawn.
                    afterNextPulse(scene, () -> {
                        report("queue-ready");
                        closeWhenReady(scene);
                    });
                }
            });
        }
    }

    private void closeWhenReady(Scene scene) {
        if (framed && queueReady) {
            Platform.exit();
        }
    }

    private void report(String event) {
        out.printf("countersign startup: %s %d%n", event, System.currentTimeMillis());
    }

    /** Runs the action once, on the FX thread, after the next pulse has laid out the scene and handed it to the renderer. */
    private static void afterNextPulse(Scene scene, Runnable action) {
        // Removed from the runLater, not from inside the listener: the scene is iterating its listeners then.
        Runnable[] listener = new Runnable[1];
        boolean[] fired = new boolean[1];
        listener[0] = () -> {
            if (!fired[0]) {
                fired[0] = true;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
