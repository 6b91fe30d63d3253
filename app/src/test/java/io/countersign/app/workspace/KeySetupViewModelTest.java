package io.countersign.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.DemoQueue;
import io.countersign.services.intake.Importer;
import io.countersign.services.sample.SampleCasebook;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First-run key setup: only a human in the snapshot may hold an approver key; the passphrase is checked live. */
class KeySetupViewModelTest {
    @TempDir
    Path dir;

    private WorkspaceViewModel workspace;
    private KeySetupViewModel setup;

    @BeforeEach
    void openAWorkspaceWithTheSampleInputsButNoKeys() throws Exception {
        try (WorkspaceSession seeding = WorkspaceSession.open(dir, DemoQueue.CLOCK, 1_000, false)) {
            new Importer(seeding.workspace()).importFile(SampleCasebook.path());
        }
        workspace = new WorkspaceViewModel(
                new SameThreadTaskExecutor(), new RecordingDialogService(), DemoQueue.CLOCK, 1_000, Runnable::run);
        workspace.open(dir);
        setup = new KeySetupViewModel(workspace);
        setup.load();
    }

    @AfterEach
    void close() {
        workspace.detach().close();
    }

    @Test
    void aWorkspaceWithoutKeysAsksForOne() {
        assertThat(workspace.stageProperty().get()).isEqualTo(WorkspaceViewModel.Stage.NEEDS_KEY);
    }

    @Test
    void theIdMustBeAHumanInTheSnapshot() {
        setup.idProperty().set("nobody.here");
        assertThat(setup.idProblem().get()).startsWith("No identity nobody.here");
        setup.idProperty().set("ai-ops-copilot");
        assertThat(setup.idProblem().get()).contains("only a human can approve");
        setup.idProperty().set("fatima.zahra");
        assertThat(setup.idProblem().get()).isEmpty();
        assertThat(setup.nameProperty().get()).isEqualTo("Fatima Zahra");
    }

    @Test
    void creatingAKeyActsAsItsOwnerAndClearsThePassphrase() {
        setup.idProperty().set("fatima.zahra");
        setup.passphraseProperty().set("short");
        assertThat(setup.canCreate().get()).isFalse();
        setup.passphraseProperty().set("a long enough passphrase");
        setup.repeatProperty().set("a long enough passphrasf");
        assertThat(setup.repeatProblem().get()).isEqualTo("The two passphrases differ");
        setup.repeatProperty().set("a long enough passphrase");
        assertThat(setup.canCreate().get()).isTrue();
        setup.create();
        assertThat(workspace.actingAsProperty().get()).isEqualTo(new Approver("fatima.zahra", "Fatima Zahra"));
        assertThat(workspace.stageProperty().get()).isEqualTo(WorkspaceViewModel.Stage.READY);
        assertThat(setup.passphraseProperty().get()).isEmpty();
        assertThat(setup.repeatProperty().get()).isEmpty();
    }
}
