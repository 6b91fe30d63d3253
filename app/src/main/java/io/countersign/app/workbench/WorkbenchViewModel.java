package io.countersign.app.workbench;

import io.countersign.app.common.DialogService;
import io.countersign.app.queue.QueueViewModel;
import io.countersign.app.review.ReviewViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The shell: which section is showing, the theme, the status line; joins the queue's selection to the review. */
public final class WorkbenchViewModel {
    private final QueueViewModel queue;
    private final ReviewViewModel review;
    private final DialogService dialogs;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.QUEUE);
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme", ThemeChoice.LIGHT);
    private final StringBinding status;

    public WorkbenchViewModel(QueueViewModel queue, ReviewViewModel review, DialogService dialogs, ThemeChoice initialTheme) {
        this.queue = queue;
        this.review = review;
        this.dialogs = dialogs;
        theme.set(initialTheme);
        review.itemProperty().bind(queue.selectedProperty());
        status = Bindings.createStringBinding(() -> {
            long stepUp = queue.allItems().stream().filter(item -> item.needsStepUp()).count();
            String base = queue.statusProperty().get();
            return queue.allItems().isEmpty() ? base : base + "  ·  " + stepUp + " need step-up approval";
        }, queue.statusProperty(), queue.allItems());
    }

    public void start() {
        queue.load();
    }

    public void showShortcuts() {
        dialogs.showShortcuts(WorkbenchShortcuts.ALL);
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    /** J and K work from anywhere in the queue section; elsewhere they would move an invisible selection. */
    public void nextDraft() {
        section.set(Section.QUEUE);
        queue.selectNext();
    }

    public void previousDraft() {
        section.set(Section.QUEUE);
        queue.selectPrevious();
    }

    public QueueViewModel queue() {
        return queue;
    }

    public ReviewViewModel review() {
        return review;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public StringBinding statusText() {
        return status;
    }
}
