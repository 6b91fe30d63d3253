package io.countersign.app.workbench;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.DemoQueue;
import io.countersign.app.training.TrainingFolders;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the demo workbench on a TestFX stage at the reference size, 1440 × 900. */
public final class WorkbenchStage {
    static final double WIDTH = 1440;
    static final double HEIGHT = 900;

    private WorkbenchStage() {}

    static Workbench show(Stage stage, DialogService dialogs, ThemeChoice theme) {
        return show(stage, dialogs, theme, TrainingFolders.forCurrentUser());
    }

    /** @param training where a training session may make its workspace (a temporary folder in tests) */
    public static Workbench show(Stage stage, DialogService dialogs, ThemeChoice theme, TrainingFolders training) {
        Workbench workbench = Workbench.create(
                DemoQueue.source(), new SameThreadTaskExecutor(), dialogs, DemoQueue.CLOCK, theme, training);
        Scene scene = new Scene(workbench.view(), WIDTH, HEIGHT);
        workbench.install(scene);
        stage.setScene(scene);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.show();
        workbench.start();
        return workbench;
    }
}
