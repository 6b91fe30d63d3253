package io.countersign.app.workbench;

import io.countersign.app.common.BundledFonts;
import io.countersign.app.common.DialogService;
import io.countersign.app.common.TaskExecutor;
import io.countersign.app.queue.QueueSource;
import io.countersign.app.queue.QueueViewModel;
import io.countersign.app.review.ReviewViewModel;
import io.countersign.app.training.TrainingFolders;
import io.countersign.app.training.TrainingView;
import io.countersign.app.training.TrainingViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Wires the workbench together: view models with their services, the views, stylesheets, theme and
 * shortcuts. The app, the TestFX tests and the screenshot renderer all build it the same way.
 */
public final class Workbench {
    private static final List<String> STYLESHEETS = List.of(
            "/io/countersign/app/common/common.css",
            "/io/countersign/app/workbench/workbench.css",
            "/io/countersign/app/queue/queue.css",
            "/io/countersign/app/review/review.css",
            "/io/countersign/app/training/training.css");

    private final WorkbenchViewModel model;
    private final WorkbenchView view;
    private TrainingViewModel training;

    private Workbench(WorkbenchViewModel model) {
        this.model = model;
        this.view = new WorkbenchView(model);
    }

    public static Workbench create(QueueSource source, TaskExecutor executor, DialogService dialogs, Clock clock, ThemeChoice theme) {
        return create(source, executor, dialogs, clock, theme, TrainingFolders.forCurrentUser());
    }

    /** @param training where training workspaces are made (tests pass a temporary folder) */
    public static Workbench create(QueueSource source, TaskExecutor executor, DialogService dialogs, Clock clock, ThemeChoice theme,
                                   TrainingFolders training) {
        BundledFonts.load();
        QueueViewModel queue = new QueueViewModel(source, executor, dialogs, clock);
        Workbench workbench = new Workbench(new WorkbenchViewModel(queue, new ReviewViewModel(), dialogs, theme));
        workbench.training = new TrainingViewModel(executor, dialogs, training, clock);
        workbench.view.putSection(Section.TRAINING, new TrainingView(workbench.training));
        return workbench;
    }

    /** Adds the stylesheets and shortcuts to the scene and follows the theme. */
    public void install(Scene scene) {
        STYLESHEETS.forEach(sheet -> scene.getStylesheets().add(
                Objects.requireNonNull(Workbench.class.getResource(sheet), sheet).toExternalForm()));
        new ShortcutHandler(model, view.queueView(), view.reviewView()).install(scene);
        Application.setUserAgentStylesheet(model.themeProperty().get().stylesheet());
        model.themeProperty().addListener((obs, was, now) -> Application.setUserAgentStylesheet(now.stylesheet()));
    }

    /** Starts reading and analysing the queue (in the background with the app's executor). */
    public void start() {
        model.start();
        view.queueView().focusTable();
    }

    public WorkbenchViewModel model() {
        return model;
    }

    public WorkbenchView view() {
        return view;
    }

    public TrainingViewModel training() {
        return training;
    }
}
