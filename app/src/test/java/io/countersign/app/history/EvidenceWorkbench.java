package io.countersign.app.history;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.DemoQueue;
import io.countersign.app.workbench.ThemeChoice;
import io.countersign.app.workbench.Workbench;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The demo workbench with History and Export over a sample evidence workspace, at the reference size 1440 × 900. */
public final class EvidenceWorkbench {
    private EvidenceWorkbench() {}

    public static Workbench show(Stage stage, EvidenceAccess evidence, DialogService dialogs, ThemeChoice theme) {
        Workbench workbench = Workbench.create(
                DemoQueue.source(), evidence, new SameThreadTaskExecutor(), dialogs, DemoQueue.CLOCK, theme);
        Scene scene = new Scene(workbench.view(), 1440, 900);
        workbench.install(scene);
        stage.setScene(scene);
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        workbench.start();
        return workbench;
    }
}
