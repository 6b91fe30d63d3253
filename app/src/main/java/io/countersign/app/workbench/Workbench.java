package io.countersign.app.workbench;

import io.countersign.app.common.BundledFonts;
import io.countersign.app.common.DialogService;
import io.countersign.app.common.LazyView;
import io.countersign.app.common.TaskExecutor;
import io.countersign.app.decision.DecisionViewModel;
import io.countersign.app.history.EvidenceAccess;
import io.countersign.app.queue.QueueSource;
import io.countersign.app.queue.QueueViewModel;
import io.countersign.app.review.ReviewViewModel;
import io.countersign.app.snapshot.SnapshotUpdateViewModel;
import io.countersign.app.training.TrainingFolders;
import io.countersign.app.training.TrainingView;
import io.countersign.app.training.TrainingViewModel;
import io.countersign.app.workspace.WorkspaceViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.application.Platform;
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
            "/io/countersign/app/decision/decision.css",
            "/io/countersign/app/workspace/workspace.css",
            "/io/countersign/app/training/training.css");

    private final WorkbenchViewModel model;
    private final WorkbenchView view;
    private EvidenceSections evidence;
    private TrainingViewModel training;

    private Workbench(WorkbenchViewModel model) {
        this.model = model;
        this.view = new WorkbenchView(model);
    }

    public static Workbench create(
            QueueSource source, TaskExecutor executor, DialogService dialogs, Clock clock, ThemeChoice theme) {
        return create(source, executor, dialogs, clock, theme, 0, Platform::runLater, TrainingFolders.forCurrentUser());
    }

    /** @param training where training workspaces are made (tests pass a temporary folder) */
    public static Workbench create(
            QueueSource source,
            TaskExecutor executor,
            DialogService dialogs,
            Clock clock,
            ThemeChoice theme,
            TrainingFolders training) {
        return create(source, executor, dialogs, clock, theme, 0, Platform::runLater, training);
    }

    public static Workbench create(
            QueueSource source,
            TaskExecutor executor,
            DialogService dialogs,
            Clock clock,
            ThemeChoice theme,
            int keyIterations,
            Executor fxThread) {
        return create(
                source, executor, dialogs, clock, theme, keyIterations, fxThread, TrainingFolders.forCurrentUser());
    }

    /**
     * @param keyIterations   PBKDF2 iterations for keys created in this window; 0 for the keystore's default
     * @param fxThread        where background reports (the inbox watcher's) are handed to the FX thread
     * @param trainingFolders where training workspaces are made, apart from evidence
     */
    public static Workbench create(
            QueueSource source,
            TaskExecutor executor,
            DialogService dialogs,
            Clock clock,
            ThemeChoice theme,
            int keyIterations,
            Executor fxThread,
            TrainingFolders trainingFolders) {
        BundledFonts.load();
        QueueViewModel queue = new QueueViewModel(source, executor, dialogs, clock);
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, dialogs, clock, keyIterations, fxThread);
        DecisionViewModel decision = new DecisionViewModel(executor, dialogs, clock);
        SnapshotUpdateViewModel update =
                new SnapshotUpdateViewModel(workspace.sessionProperty(), executor, dialogs, clock);
        Workbench workbench = new Workbench(
                new WorkbenchViewModel(queue, new ReviewViewModel(), decision, workspace, update, dialogs, theme));
        workbench.training = new TrainingViewModel(executor, dialogs, trainingFolders, clock);
        TrainingViewModel trainingModel = workbench.training;
        workbench.view.putSection(Section.TRAINING, new LazyView<>(() -> new TrainingView(trainingModel)));
        SessionEvidence evidence = new SessionEvidence();
        workbench.evidence = EvidenceSections.install(workbench.view, evidence, executor, dialogs, clock, false);
        workspace.sessionProperty().addListener((obs, was, now) -> {
            evidence.use(now);
            if (now != null) {
                workbench.evidence.refresh();
            }
        });
        return workbench;
    }

    /** The same workbench with History and Export built over an open evidence store. */
    public static Workbench create(
            QueueSource source,
            EvidenceAccess evidence,
            TaskExecutor executor,
            DialogService dialogs,
            Clock clock,
            ThemeChoice theme) {
        Workbench workbench = create(source, executor, dialogs, clock, theme);
        workbench.evidence = EvidenceSections.install(workbench.view, evidence, executor, dialogs, clock, true);
        return workbench;
    }

    /** Adds the stylesheets and shortcuts to the scene and follows the theme. */
    public void install(Scene scene) {
        STYLESHEETS.forEach(sheet -> scene.getStylesheets()
                .add(Objects.requireNonNull(Workbench.class.getResource(sheet), sheet)
                        .toExternalForm()));
        new ShortcutHandler(model, view.queueView(), view.reviewView(), view.decisionView()).install(scene);
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

    /** History and Export over the open evidence store. */
    public EvidenceSections evidence() {
        return evidence;
    }

    public TrainingViewModel training() {
        return training;
    }
}
