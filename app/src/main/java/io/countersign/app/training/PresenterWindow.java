package io.countersign.app.training;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presenter mode in a window of its own covering the workbench, so a trainer can also drag it onto
 * a projector; F11 makes it full screen. Its keys never reach the workbench's shortcuts.
 */
final class PresenterWindow {
    private final PresenterViewModel model;
    private final Node owner;
    private Stage stage;

    PresenterWindow(PresenterViewModel model, Node owner) {
        this.model = model;
        this.owner = owner;
        model.presentingProperty().addListener((obs, was, now) -> {
            if (now) {
                open();
            } else if (stage != null) {
                stage.close();
            }
        });
    }

    private void open() {
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        stage = new Stage();
        stage.setTitle("Countersign — presenter mode");
        PresenterView view = new PresenterView(model);
        Scene scene =
                new Scene(view, window == null ? 1440 : window.getWidth(), window == null ? 900 : window.getHeight());
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        if (window != null) {
            stage.initOwner(window);
            stage.setX(window.getX());
            stage.setY(window.getY());
        }
        stage.setOnHidden(event -> model.leave());
        stage.show();
        view.requestFocus();
    }

    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        switch (code) {
            case RIGHT, PAGE_DOWN, DOWN -> model.next();
            case LEFT, PAGE_UP, UP -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            case R, SPACE, B -> model.toggleReveal();
            case ESCAPE -> model.leave();
            case F11 -> stage.setFullScreen(!stage.isFullScreen());
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** The open presenter window, for tests and screenshots; null when closed. */
    Stage stage() {
        return stage;
    }
}
