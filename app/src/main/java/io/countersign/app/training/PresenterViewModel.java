package io.countersign.app.training;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Presenter mode: one case at a time in front of a class, stepped forward and back, with the answer
 * hidden until the trainer reveals it. Moving to another case hides the answer again.
 */
public final class PresenterViewModel {
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final SimpleBooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");
    private final ReadOnlyObjectWrapper<PresenterSlide> slide = new ReadOnlyObjectWrapper<>(this, "slide");
    private List<TrainingCaseItem> cases = List.of();
    private int index;

    public void load(List<TrainingCaseItem> items) {
        cases = List.copyOf(items);
        showCase(0);
    }

    public void showCase(int next) {
        if (cases.isEmpty()) {
            slide.set(null);
            return;
        }
        index = Math.clamp(next, 0, cases.size() - 1);
        revealed.set(false);
        slide.set(PresenterSlide.of(cases.get(index), index, cases.size()));
    }

    public void next() {
        if (index < cases.size() - 1) {
            showCase(index + 1);
        }
    }

    public void previous() {
        if (index > 0) {
            showCase(index - 1);
        }
    }

    public void first() {
        showCase(0);
    }

    public void last() {
        showCase(cases.size() - 1);
    }

    /** R or Space: show the answer, or hide it again to let the class think once more. */
    public void toggleReveal() {
        revealed.set(!revealed.get());
    }

    public void leave() {
        presenting.set(false);
    }

    public int index() {
        return index;
    }

    public BooleanProperty presentingProperty() {
        return presenting;
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed;
    }

    public ReadOnlyObjectProperty<PresenterSlide> slideProperty() {
        return slide.getReadOnlyProperty();
    }
}
