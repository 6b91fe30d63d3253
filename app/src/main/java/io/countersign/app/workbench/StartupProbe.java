package io.countersign.app.workbench;

import io.countersign.app.queue.QueueViewModel;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
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

    enum Mode {
        OFF,
        FIRST_FRAME,
        READY
    }

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

    /** Rows a reviewer can scroll through before the queue is complete: the S2 "first rows visible" point. */
    static final int FIRST_ROWS = Integer.getInteger("countersign.startup.rows", 1_000);

    /**
     * Call on the FX thread right after the stage is shown and the queue has started loading. Besides
     * the first frame and the ready queue, {@code ready} reports when a queue load begins
     * ({@code queue-load}) and when its first thousand rows are drawn ({@code rows-1000}; another count with
     * {@code -Dcountersign.startup.rows=N}, for small queues).
     *
     * @param workspaceOpening a workspace is being opened: the queue is ready once that workspace's
     *                         queue is loaded, not the empty one the window starts with
     */
    void watch(Scene scene, QueueViewModel queue, boolean workspaceOpening) {
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
        if (mode != Mode.READY) {
            return;
        }
        boolean[] awaitingSource = {workspaceOpening};
        queue.sourceDescriptionProperty().addListener((obs, was, now) -> awaitingSource[0] = false);
        if (queue.loadingProperty().get() && !awaitingSource[0]) {
            report("queue-load");
        }
        boolean[] counted = new boolean[1];
        queue.loadingProperty().addListener((obs, was, loading) -> {
            if (awaitingSource[0]) {
                return;
            }
            if (loading) {
                report("queue-load");
            } else if (!queueReady) {
                queueReady = true;
                // One more pulse so the filled table and the selected draft are laid out and drawn.
                afterNextPulse(scene, () -> {
                    report("queue-ready");
                    closeWhenReady(scene);
                });
            }
        });
        queue.allItems().addListener((ListChangeListener<Object>) change -> {
            if (!awaitingSource[0] && !counted[0] && queue.allItems().size() >= FIRST_ROWS) {
                counted[0] = true;
                afterNextPulse(scene, () -> report("rows-" + FIRST_ROWS));
            }
        });
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
