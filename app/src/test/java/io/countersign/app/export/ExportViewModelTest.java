package io.countersign.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.history.SampleEvidence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export form, the background export and the pack's verification, over a real workspace and without a toolkit. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    private SampleEvidence evidence;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @AfterEach
    void close() {
        if (evidence != null) {
            evidence.close();
        }
    }

    private ExportViewModel model(boolean tampered, Executor ui) throws Exception {
        Path ws = SampleEvidence.record(dir);
        if (tampered) {
            SampleEvidence.tamper(ws, 2);
        }
        evidence = SampleEvidence.open(ws);
        ExportViewModel model = new ExportViewModel(
                evidence.access(),
                new SameThreadTaskExecutor(),
                dialogs,
                Clock.fixed(SampleEvidence.EXPORT_TIME, ZoneOffset.UTC),
                ui);
        model.load();
        model.exporterProperty()
                .set(model.exporters().stream()
                        .filter(o -> o.id().equals(SampleEvidence.HENRIK))
                        .findFirst()
                        .orElseThrow());
        return model;
    }

    private ExportViewModel model() throws Exception {
        return model(false, Runnable::run);
    }

    @Test
    void proposesTodaysPackNameInTheDefaultFolder() throws Exception {
        ExportViewModel model = model();

        assertThat(model.suggestedName()).isEqualTo("decision-pack-20261122.zip");
        assertThat(model.targetProperty().get())
                .isEqualTo(evidence.exportFolder().resolve("decision-pack-20261122.zip"));
        assertThat(model.exporters())
                .extracting(o -> o.label())
                .containsExactly("Henrik Dahl (henrik.dahl)", "Priya Raman (priya.raman)");
        assertThat(model.systems()).extracting(s -> s.id()).contains("", "erp", "aws");
    }

    @Test
    void exportsThenVerifiesTheWrittenPackAsValid() throws Exception {
        ExportViewModel model = model();
        char[] passphrase = SampleEvidence.HENRIK_PASSPHRASE.toCharArray();

        model.export(passphrase);

        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.DONE);
        ExportedPack pack = model.resultProperty().get();
        assertThat(pack.decisions()).isEqualTo(SampleEvidence.DECISIONS);
        assertThat(pack.exportSeq()).isEqualTo(7);
        assertThat(Files.size(pack.file())).isEqualTo(pack.sizeBytes()).isPositive();
        assertThat(pack.digest()).startsWith("sha256:");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(passphrase).containsOnly('\0');

        model.verifyPack();
        PackCheck check = model.check().resultProperty().get();
        assertThat(check.valid()).isTrue();
        assertThat(check.mark().word()).isEqualTo("VALID");
        assertThat(check.records())
                .hasSize(SampleEvidence.DECISIONS)
                .allSatisfy(line -> assertThat(line.codes()).isEqualTo("ENTRY_OK"));
        assertThat(check.exporterKey()).contains("Henrik Dahl", "sha256:");
    }

    @Test
    void exportsOnlyTheChosenPeriodAndApprover() throws Exception {
        ExportViewModel model = model();
        model.fromProperty().set(LocalDate.of(2026, 11, 20));
        model.toProperty().set(LocalDate.of(2026, 11, 20));
        model.approverProperty()
                .set(model.approvers().stream()
                        .filter(o -> o.id().equals(SampleEvidence.PRIYA))
                        .findFirst()
                        .orElseThrow());

        model.export(SampleEvidence.HENRIK_PASSPHRASE.toCharArray());

        assertThat(model.resultProperty().get().decisions()).isEqualTo(3);
    }

    @Test
    void wrongPassphraseIsSaidPlainlyAndWritesNoFile() throws Exception {
        ExportViewModel model = model();
        char[] wrong = "not henrik's passphrase".toCharArray();

        model.export(wrong);

        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.FAILED);
        assertThat(model.messageProperty().get())
                .isEqualTo(
                        "That passphrase does not open Henrik Dahl (henrik.dahl)'s signing key. Nothing was written or recorded. "
                                + "Check the passphrase and try again.");
        assertThat(model.resultProperty().get()).isNull();
        assertThat(Files.exists(model.targetProperty().get())).isFalse();
        assertThat(wrong).containsOnly('\0');
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        ExportViewModel model = model();
        Files.writeString(model.targetProperty().get(), "someone else's file");

        model.export(SampleEvidence.HENRIK_PASSPHRASE.toCharArray());

        assertThat(model.messageProperty().get())
                .contains("decision-pack-20261122.zip already exists", "never overwritten");
        assertThat(Files.readString(model.targetProperty().get(), StandardCharsets.UTF_8))
                .isEqualTo("someone else's file");
    }

    @Test
    void aBrokenStoreIsNotExported() throws Exception {
        ExportViewModel model = model(true, Runnable::run);

        model.export(SampleEvidence.HENRIK_PASSPHRASE.toCharArray());

        assertThat(model.messageProperty().get()).contains("failed verification at record 2", "Nothing was exported");
        assertThat(Files.exists(model.targetProperty().get())).isFalse();
    }

    @Test
    void cancellingBeforeWritingWritesAndRecordsNothing() throws Exception {
        ExportViewModel[] holder = new ExportViewModel[1];
        // Cancels as the store verification starts, as a user would press Cancel while it runs.
        ExportViewModel model = model(false, update -> {
            update.run();
            if (holder[0] != null && holder[0].stepProperty().get().equals(ExportStep.VERIFYING_STORE.text())) {
                holder[0].cancel();
            }
        });
        holder[0] = model;

        model.export(SampleEvidence.HENRIK_PASSPHRASE.toCharArray());

        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.CANCELLED);
        assertThat(model.messageProperty().get()).isEqualTo("Export cancelled. Nothing was written or recorded.");
        assertThat(Files.exists(model.targetProperty().get())).isFalse();
        assertThat(evidence.access().verify().entries()).hasSize(SampleEvidence.DECISIONS);
    }

    @Test
    void aChosenFileGetsTheZipExtension() throws Exception {
        ExportViewModel model = model();
        dialogs.saveAnswer = dir.resolve("for-the-auditor");

        model.chooseTarget();

        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("for-the-auditor.zip"));
        assertThat(dialogs.saveSuggestions).containsExactly("decision-pack-20261122.zip");
    }

    @Test
    void anEmptyPassphraseAsksForOne() throws Exception {
        ExportViewModel model = model();

        model.export(new char[0]);

        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.READY);
        assertThat(model.messageProperty().get())
                .startsWith("Enter the passphrase of Henrik Dahl (henrik.dahl)'s signing key");
    }
}
