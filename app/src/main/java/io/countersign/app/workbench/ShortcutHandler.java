package io.countersign.app.workbench;

import io.countersign.app.decision.DecisionView;
import io.countersign.app.queue.QueueView;
import io.countersign.app.review.ReviewView;
import io.countersign.model.format.Outcome;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard shortcuts, caught at the scene before any control sees them. Single-letter keys
 * are left alone while the reviewer types in a text field.
 */
final class ShortcutHandler {
    private final WorkbenchViewModel model;
    private final QueueView queue;
    private final ReviewView review;
    private final DecisionView decision;

    ShortcutHandler(WorkbenchViewModel model, QueueView queue, ReviewView review, DecisionView decision) {
        this.model = model;
        this.queue = queue;
        this.review = review;
        this.decision = decision;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (pressed(event, scene.getFocusOwner() instanceof TextInputControl)) {
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (scene.getFocusOwner() instanceof TextInputControl || event.isControlDown() || event.isAltDown()) {
                return;
            }
            switch (event.getCharacter()) {
                case "/" -> {
                    if (model.sectionProperty().get() != Section.QUEUE) {
                        return;
                    }
                    focusSearch();
                }
                case "?" -> model.showShortcuts();
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    private boolean pressed(KeyEvent event, boolean typing) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown() && event.isShiftDown() && code == KeyCode.L) {
            model.toggleTheme();
            return true;
        }
        if (event.isShortcutDown() && !event.isShiftDown() && code == KeyCode.U) {
            model.updateSnapshot();
            return true;
        }
        if (model.snapshotUpdate().showingProperty().get()
                && model.sectionProperty().get() == Section.QUEUE) {
            // The update covers the queue: its keys must not act on drafts out of sight.
            if (code == KeyCode.ESCAPE) {
                model.snapshotUpdate().cancel();
                queue.focusTable();
                return true;
            }
            if (code == KeyCode.F1) {
                model.showShortcuts();
                return true;
            }
            return false;
        }
        if (model.sectionProperty().get() != Section.QUEUE) {
            // The queue's keys belong to the queue; other sections (training, history…) have their own.
            if (code == KeyCode.F1) {
                model.showShortcuts();
                return true;
            }
            return false;
        }
        if (event.isShortcutDown() && !event.isShiftDown()) {
            switch (code) {
                case ENTER -> model.decision().sign();
                case DOWN -> model.nextDraft();
                case UP -> model.previousDraft();
                case F -> focusSearch();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (code == KeyCode.F1) {
            model.showShortcuts();
            return true;
        }
        boolean deciding = model.decision().decidingProperty().get();
        if (code == KeyCode.ESCAPE && (typing || deciding)) {
            model.decision().cancel();
            queue.focusTable();
            return true;
        }
        if (typing) {
            return false;
        }
        if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return false;
        }
        switch (code) {
            case J -> model.nextDraft();
            case K -> model.previousDraft();
            case F -> {
                model.sectionProperty().set(Section.QUEUE);
                review.focusFindings();
            }
            case Q -> {
                model.sectionProperty().set(Section.QUEUE);
                model.decision().cancel();
                queue.focusTable();
            }
            case A -> decide(Outcome.APPROVE);
            case E -> decide(Outcome.APPROVE_REDUCED);
            case R -> decide(Outcome.REJECT);
            case C -> decide(Outcome.REQUEST_CHANGES);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void decide(Outcome outcome) {
        model.startDecision(outcome);
        if (model.decision().decidingProperty().get()) {
            decision.focusForm();
        }
    }

    private void focusSearch() {
        model.sectionProperty().set(Section.QUEUE);
        queue.focusSearch();
    }
}
