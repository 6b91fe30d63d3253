package io.countersign.app.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A place for a screen that is built the first time it is shown. Hidden screens still cost their
 * construction and a CSS pass when the window first opens; most reviewers open the window for the
 * queue, so the others (deciding, key setup, training, history, export) wait until they are wanted.
 * Starts hidden; whoever shows it (a section switch, a binding) builds it.
 */
public final class LazyView<T extends Node> extends StackPane {
    private final Supplier<T> build;
    private T view;

    public LazyView(Supplier<T> build) {
        this.build = build;
        setVisible(false);
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                view();
            }
        });
    }

    /** The screen, built now if it was not yet. */
    public T view() {
        if (view == null) {
            view = build.get();
            // The screen reports its own visibility as the place's, as it did before it was made lazy.
            view.visibleProperty().bind(visibleProperty());
            getChildren().setAll(view);
        }
        return view;
    }

    public boolean built() {
        return view != null;
    }
}
