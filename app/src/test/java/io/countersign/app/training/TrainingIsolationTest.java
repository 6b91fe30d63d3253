package io.countersign.app.training;

import static io.countersign.app.training.TrainingSessions.decide;
import static io.countersign.app.training.TrainingSessions.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Outcome;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.WorkspaceLocation;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.evidence.StoreVerifier;
import io.countersign.services.intake.Importer;
import io.countersign.services.sample.SampleCasebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Principle 7: training never mixes with evidence. */
class TrainingIsolationTest {
    @TempDir
    Path dir;

    @Test
    void trainingDecisionsLandOnlyInTheTrainingStoreMarkedTraining() throws Exception {
        Path evidence = dir.resolve("evidence");
        try (Workspace workspace = Workspace.open(evidence)) {
            new Importer(workspace).importFile(SampleCasebook.path());
        }
        Map<String, String> before = contents(evidence);

        TrainingViewModel model = TrainingSessions.sample(dir.resolve("training"), new RecordingDialogService());
        select(model, "c01-ap-joiner");
        decide(model, Outcome.APPROVE, "", Set.of());
        select(model, "c11-dormant-renewal");
        decide(model, Outcome.REJECT, "Unused since May", Set.of("LP-DORMANT-ACCESS"));
        select(model, "c31-editor-approves");
        decide(model, Outcome.REQUEST_CHANGES, "I edited it", Set.of("IND-SELF-APPROVAL"));
        assertThat(model.scoreProperty().get().cases()).isEqualTo(3);
        Path trainingStore = model.sessionProperty().get().folder();
        model.sessionProperty().get().close();

        assertThat(contents(evidence))
                .as("the evidence workspace is byte for byte as it was")
                .isEqualTo(before);
        assertThat(trainingStore.startsWith(evidence)).isFalse();
        try (Workspace training = Workspace.open(trainingStore)) {
            StoreVerification verification = new StoreVerifier(training).verify();
            assertThat(verification.intact()).isTrue();
            assertThat(verification.verifiedDecisions())
                    .as("the blocked hand-off is scored but never recorded")
                    .extracting(DecisionRecord::draftId)
                    .containsExactly("DR-4101", "DR-4111");
            assertThat(verification.verifiedDecisions()).allSatisfy(record -> {
                assertThat(record.training()).isTrue();
                assertThat(record.predicate().path("workspace").asText()).isEqualTo("training");
            });
        }
    }

    @Test
    void trainingWorkspacesLiveBesideTheEvidenceWorkspaceNeverInsideIt() {
        Path evidence = WorkspaceLocation.defaultDirectory();
        Path training = TrainingFolders.forCurrentUser().root();
        assertThat(training.startsWith(evidence)).isFalse();
        assertThat(evidence.startsWith(training)).isFalse();
        assertThat(training.getParent()).isEqualTo(evidence.getParent());
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(
                        folder.relativize(file).toString(),
                        Digest.sha256(Files.readAllBytes(file)).hex());
            }
        }
        return digests;
    }
}
