package io.countersign.app.workbench;

import io.countersign.app.common.FxDialogService;
import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.history.EvidenceWorkbench;
import io.countersign.app.history.SampleEvidence;
import io.countersign.app.queue.DemoQueue;
import io.countersign.app.queue.QueueItem;
import io.countersign.app.queue.QueueSource;
import io.countersign.app.snapshot.DirectoryMoves;
import io.countersign.app.snapshot.SnapshotUpdateViewModel;
import io.countersign.app.training.TrainingFolders;
import io.countersign.app.training.TrainingViewModel;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.model.convert.SnapshotJson;
import io.countersign.model.format.Outcome;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the README's screenshots headless (Monocle, software rendering) into {@code screenshots/}.
 * Run with {@code ./screenshots/generate.sh}; tagged so the normal build skips it.
 */
@Tag("screenshots")
class WorkbenchScreenshots {
    private final Path out = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Workbench workbench;
    private SampleEvidence evidence;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Files.createDirectories(out);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (evidence != null) {
            evidence.close();
        }
    }

    private void open(ThemeChoice theme, String draft) throws Exception {
        FxToolkit.setupFixture(() -> {
            workbench = WorkbenchStage.show(stage, new FxDialogService(() -> stage), theme);
            QueueItem item = DemoQueue.item(workbench.model().queue(), draft);
            workbench.model().queue().selectedProperty().set(item);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void queueWithADraftOpen() throws Exception {
        open(ThemeChoice.LIGHT, "DR-4110");
        selectFinding("SOD-CONFLICT");
        save(stage.getScene(), "workbench-review.png");
    }

    @Test
    void workflowDraft() throws Exception {
        open(ThemeChoice.LIGHT, "DR-4122");
        save(stage.getScene(), "workbench-workflow.png");
    }

    @Test
    void darkTheme() throws Exception {
        open(ThemeChoice.DARK, "DR-4109");
        selectFinding("LP-WILDCARD-SCOPE");
        save(stage.getScene(), "workbench-dark.png");
    }

    @Test
    void shortcutSheet() throws Exception {
        open(ThemeChoice.LIGHT, "DR-4101");
        robot.interact(() -> workbench.model().showShortcuts());
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Window> sheet = new AtomicReference<>();
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing())
                .findFirst()
                .ifPresent(sheet::set));
        BufferedImage base = snapshot(stage.getScene());
        BufferedImage dialog = snapshot(sheet.get().getScene());
        Graphics2D g = base.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, base.getWidth(), base.getHeight());
        g.setComposite(AlphaComposite.SrcOver);
        int x = (base.getWidth() - dialog.getWidth()) / 2;
        int y = (base.getHeight() - dialog.getHeight()) / 2;
        g.setColor(new Color(0, 0, 0, 60));
        g.fillRoundRect(x - 2, y + 2, dialog.getWidth() + 4, dialog.getHeight() + 6, 10, 10);
        g.drawImage(dialog, x, y, null);
        g.dispose();
        ImageIO.write(base, "png", out.resolve("workbench-shortcuts.png").toFile());
        robot.interact(() -> ((Stage) sheet.get()).close());
    }

    /** The workbench over the sample evidence workspace, showing {@code section}. */
    private void openEvidence(boolean tampered, Section section) throws Exception {
        Path ws = SampleEvidence.record(dir);
        if (tampered) {
            SampleEvidence.tamper(ws, 2);
        }
        evidence = SampleEvidence.open(ws);
        FxToolkit.setupFixture(() -> {
            workbench =
                    EvidenceWorkbench.show(stage, evidence.access(), new RecordingDialogService(), ThemeChoice.LIGHT);
            workbench.model().sectionProperty().set(section);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void trainingFeedback() throws Exception {
        openTraining();
        robot.interact(() -> {
            TrainingViewModel training = workbench.training();
            training.selectedProperty()
                    .set(training.cases().stream()
                            .filter(row -> row.item().id().equals("c09-ocr-wildcard-bucket"))
                            .findFirst()
                            .orElseThrow());
            training.decision().outcomeProperty().set(Outcome.REJECT);
            training.decision().justificationProperty().set("Admin on every bucket, forever, for an OCR job? No.");
            training.decision().acknowledgements().stream()
                    .filter(a -> a.finding().rule().code().equals("LP-WILDCARD-SCOPE"))
                    .forEach(a -> a.checked().set(true));
            training.submit();
        });
        selectTrainingFinding("LP-WIDER-THAN-REQUEST");
        save(stage.getScene(), "training-feedback.png");
    }

    @Test
    void trainingBlockedCase() throws Exception {
        openTraining();
        robot.interact(() -> {
            TrainingViewModel training = workbench.training();
            training.selectedProperty()
                    .set(training.cases().stream()
                            .filter(row -> row.item().id().equals("c31-editor-approves"))
                            .findFirst()
                            .orElseThrow());
            training.decision().outcomeProperty().set(Outcome.APPROVE);
            training.submit();
        });
        save(stage.getScene(), "training-decide.png");
    }

    @Test
    void presenterMode() throws Exception {
        openTraining();
        robot.interact(() -> {
            TrainingViewModel training = workbench.training();
            training.selectedProperty().set(training.cases().get(9));
            training.startPresenting();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Window presenter = robot.window("Countersign — presenter mode");
        save(presenter.getScene(), "training-presenter.png");
        robot.interact(() -> workbench.training().presenter().toggleReveal());
        save(presenter.getScene(), "training-presenter-revealed.png");
        robot.interact(() -> workbench.training().presenter().leave());
    }

    private void openTraining() throws Exception {
        Path training = Files.createTempDirectory("countersign-screenshots-training");
        FxToolkit.setupFixture(() -> {
            workbench = WorkbenchStage.show(
                    stage, new FxDialogService(() -> stage), ThemeChoice.LIGHT, new TrainingFolders(training));
            workbench.model().sectionProperty().set(Section.TRAINING);
            workbench.training().openSample();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void historyIntact() throws Exception {
        openEvidence(false, Section.HISTORY);
        robot.interact(() -> workbench
                .evidence()
                .history()
                .selectedProperty()
                .set(workbench.evidence().history().rows().stream()
                        .filter(row -> row.seq() == 4)
                        .findFirst()
                        .orElseThrow()));
        save(stage.getScene(), "workbench-history.png");
    }

    @Test
    void historyAlarm() throws Exception {
        openEvidence(true, Section.HISTORY);
        save(stage.getScene(), "workbench-history-alarm.png");
    }

    @Test
    void exportVerified() throws Exception {
        openEvidence(false, Section.EXPORT);
        robot.interact(() -> {
            var export = workbench.evidence().export();
            export.fromProperty().set(LocalDate.of(2026, 11, 1));
            export.toProperty().set(LocalDate.of(2026, 11, 30));
            export.exporterProperty()
                    .set(export.exporters().stream()
                            .filter(owner -> owner.id().equals(SampleEvidence.HENRIK))
                            .findFirst()
                            .orElseThrow());
            export.export(SampleEvidence.HENRIK_PASSPHRASE.toCharArray());
            export.verifyPack();
        });
        save(stage.getScene(), "workbench-export.png");
    }

    @Test
    void snapshotUpdate() throws Exception {
        FxToolkit.setupFixture(() -> {
            workbench = Workbench.create(
                    QueueSource.none(),
                    new SameThreadTaskExecutor(),
                    new RecordingDialogService(),
                    DemoQueue.CLOCK,
                    ThemeChoice.LIGHT,
                    1_000,
                    Platform::runLater);
            Scene scene = new Scene(workbench.view(), WorkbenchStage.WIDTH, WorkbenchStage.HEIGHT);
            workbench.install(scene);
            stage.setScene(scene);
            stage.setWidth(WorkbenchStage.WIDTH);
            stage.setHeight(WorkbenchStage.HEIGHT);
            stage.show();
            workbench.start();
            workbench.model().workspace().requiredProperty().set(true);
            workbench.model().workspace().openDemo(dir.resolve("ws"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        WorkspaceSession session =
                workbench.model().workspace().sessionProperty().get();
        Path next = Files.write(
                dir.resolve("harbor-pine-2026-12-05.json"),
                SnapshotJson.write(
                        DirectoryMoves.after(session.currentSnapshot().orElseThrow())));
        robot.interact(() -> {
            workbench.model().updateSnapshot();
            SnapshotUpdateViewModel update = workbench.model().snapshotUpdate();
            update.add(List.of(next));
            update.preview();
        });
        save(stage.getScene(), "workbench-update-snapshot.png");
        robot.interact(() -> workbench.model().workspace().detach().close());
    }

    private void selectTrainingFinding(String rule) {
        robot.interact(() -> workbench.training().review().findings().stream()
                .filter(f -> f.rule().code().equals(rule))
                .findFirst()
                .ifPresent(f ->
                        workbench.training().review().selectedFindingProperty().set(f)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectFinding(String rule) {
        robot.interact(() -> workbench.model().review().findings().stream()
                .filter(f -> f.rule().code().equals(rule))
                .findFirst()
                .ifPresent(f ->
                        workbench.model().review().selectedFindingProperty().set(f)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private BufferedImage snapshot(Scene scene) {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(SwingFXUtils.fromFXImage(scene.snapshot(null), null)));
        return image.get();
    }

    private void save(Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        // A window opened a moment ago may not have had its first CSS and layout pass yet.
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(snapshot(scene), "png", out.resolve(name).toFile());
    }
}
