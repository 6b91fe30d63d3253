package io.countersign.app.workbench;

import io.countersign.app.common.BackgroundTaskExecutor;
import io.countersign.app.common.FxDialogService;
import io.countersign.app.queue.QueueSource;
import io.countersign.app.workspace.WorkspaceViewModel;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application. Started only through {@link WorkbenchLauncher}, which hands it its session. */
public final class WorkbenchApp extends Application {
    private static volatile WorkbenchSession session;
    private BackgroundTaskExecutor executor;
    private Workbench workbench;

    static void prepare(WorkbenchSession next) {
        session = next;
    }

    @Override
    public void start(Stage stage) {
        WorkbenchSession current = session;
        WorkbenchSettings settings = current.settings();
        executor = new BackgroundTaskExecutor();
        workbench = Workbench.create(
                QueueSource.none(),
                executor,
                new FxDialogService(() -> stage),
                Clock.systemUTC(),
                settings.theme(),
                0,
                Platform::runLater);
        WorkspaceViewModel workspace = workbench.model().workspace();
        workspace.requiredProperty().set(true);
        workspace.rememberLastWorkspace(settings.lastWorkspace());
        Scene scene = new Scene(workbench.view(), settings.width(), settings.height());
        workbench.install(scene);
        stage.titleProperty()
                .bind(workbench.model().queue().sourceDescriptionProperty().map(text -> "Countersign — " + text));
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
        stage.setOnHidden(event -> current.closedWith(new WorkbenchSettings(
                stage.isMaximized() ? settings.width() : stage.getWidth(),
                stage.isMaximized() ? settings.height() : stage.getHeight(),
                stage.isMaximized(),
                workbench.model().themeProperty().get(),
                workspace.lastWorkspaceProperty().get())));
        stage.show();
        workbench.start();
        WorkbenchStart start = current.start();
        Path folder = start.workspace() != null ? start.workspace() : settings.lastWorkspace();
        if (start.demoWorkspace()) {
            workspace.openDemo();
        } else if (start.workspace() != null) {
            workspace.open(folder);
        } else if (folder != null) {
            workspace.openExisting(folder);
        }
        StartupProbe.fromEnvironment().watch(scene, workbench.model().queue(), start.demoWorkspace() || folder != null);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (workbench != null) {
            // Closing the store writes to disk: the launcher's thread does it once the toolkit is gone.
            session.closeAfterExit(workbench.model().workspace().detach());
        }
    }
}
