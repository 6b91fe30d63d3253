package io.countersign.app.workbench;

import io.countersign.app.common.BackgroundTaskExecutor;
import io.countersign.app.common.FxDialogService;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application. Started only through {@link WorkbenchLauncher}, which hands it its session. */
public final class WorkbenchApp extends Application {
    private static volatile WorkbenchSession session;
    private BackgroundTaskExecutor executor;

    static void prepare(WorkbenchSession next) {
        session = next;
    }

    @Override
    public void start(Stage stage) {
        WorkbenchSession current = session;
        WorkbenchSettings settings = current.settings();
        executor = new BackgroundTaskExecutor();
        Workbench workbench = Workbench.create(current.source(), executor, new FxDialogService(() -> stage),
                Clock.systemUTC(), settings.theme());
        Scene scene = new Scene(workbench.view(), settings.width(), settings.height());
        workbench.install(scene);
        stage.setTitle("Countersign — " + current.source().description());
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
        stage.setOnHidden(event -> current.closedWith(new WorkbenchSettings(
                stage.isMaximized() ? settings.width() : stage.getWidth(),
                stage.isMaximized() ? settings.height() : stage.getHeight(),
                stage.isMaximized(), workbench.model().themeProperty().get())));
        stage.show();
        workbench.start();
        StartupProbe.fromEnvironment().watch(scene, workbench.model().queue().loadingProperty());
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
