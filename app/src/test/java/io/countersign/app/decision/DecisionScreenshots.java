package io.countersign.app.decision;

import io.countersign.app.common.FxDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.DemoQueue;
import io.countersign.app.queue.QueueSource;
import io.countersign.app.workbench.ThemeChoice;
import io.countersign.app.workbench.Workbench;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.model.format.Outcome;
import io.countersign.services.intake.Importer;
import io.countersign.services.sample.SampleCasebook;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The decision panel and first-run key setup, rendered into {@code screenshots/} like the workbench's own. */
@Tag("screenshots")
class DecisionScreenshots {
    private final Path out = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    private Stage stage;
    private Workbench workbench;

    @BeforeEach
    void setUp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Files.createDirectories(out);
    }

    @AfterEach
    void tearDown() throws Exception {
        AtomicReference<WorkspaceSession> open = new AtomicReference<>();
        robot.interact(() -> open.set(workbench.model().workspace().detach()));
        if (open.get() != null) {
            open.get().close();
        }
        FxToolkit.cleanupStages();
    }

    private void show(Runnable opening) throws Exception {
        FxToolkit.setupFixture(() -> {
            workbench = Workbench.create(
                    QueueSource.none(),
                    new SameThreadTaskExecutor(),
                    new FxDialogService(() -> stage),
                    DemoQueue.CLOCK,
                    ThemeChoice.LIGHT,
                    DecisionDesk.TEST_ITERATIONS,
                    Platform::runLater);
            Scene scene = new Scene(workbench.view(), 1440, 900);
            workbench.install(scene);
            stage.setScene(scene);
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.show();
            workbench.start();
            workbench.model().workspace().requiredProperty().set(true);
            opening.run();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void decisionPanelWithAcknowledgementsAndABlockingReason() throws Exception {
        show(() -> {
            workbench.model().workspace().openDemo(dir.resolve("ws"));
            workbench.model().workspace().actingAsProperty().set(DecisionDesk.PRIYA);
            workbench.model().queue().searchProperty().set("DR-4115");
        });
        robot.interact(() -> {
            workbench.model().queue().searchProperty().set("");
            workbench.model().startDecision(Outcome.APPROVE);
            DecisionForm form = workbench.model().decision().formProperty().get();
            form.acknowledgements().getFirst().acknowledgedProperty().set(true);
            form.mitigationProperty()
                    .set(form.controls().stream()
                            .filter(c -> c.control().id().equals("mc.vendor-callback"))
                            .findFirst()
                            .orElseThrow());
        });
        save("decision-panel.png");
    }

    @Test
    void firstRunKeySetup() throws Exception {
        Path ws = dir.resolve("new");
        try (WorkspaceSession seeding =
                WorkspaceSession.open(ws, DemoQueue.CLOCK, DecisionDesk.TEST_ITERATIONS, false)) {
            new Importer(seeding.workspace()).importFile(SampleCasebook.path());
        }
        show(() -> workbench.model().workspace().open(ws));
        robot.interact(() -> {
            workbench.model().keySetup().idProperty().set("fatima.zahra");
            workbench.model().keySetup().passphraseProperty().set("correct horse");
        });
        save("first-run-key-setup.png");
    }

    private void save(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null)));
        ImageIO.write(image.get(), "png", out.resolve(name).toFile());
    }
}
