package io.countersign.app.training;

import static io.countersign.app.training.TrainingSessions.decide;
import static io.countersign.app.training.TrainingSessions.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.model.format.Outcome;
import io.countersign.model.training.SessionScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring flow without a toolkit: open the sample casebook, decide, and read the feedback. */
class TrainingViewModelTest {
    @TempDir
    Path root;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TrainingViewModel model;

    @AfterEach
    void closeSession() {
        if (model != null && model.sessionProperty().get() != null) {
            model.sessionProperty().get().close();
        }
    }

    @Test
    void opensTheSampleCasebookInAFreshTrainingFolder() {
        model = TrainingSessions.sample(root, dialogs);
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.cases()).hasSize(35);
        Path folder = model.sessionProperty().get().folder();
        assertThat(folder.getParent()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(folder.getFileName().toString()).startsWith("lkf-sample-casebook-20261121-080000");
        assertThat(Files.exists(folder.resolve("store.mv.db"))).isTrue();
        assertThat(model.selectedProperty().get()).isEqualTo(model.cases().getFirst());
        assertThat(model.decision().outcomeProperty().get()).as("never pre-set").isNull();
    }

    @Test
    void everyCaseButTheIndependenceOnesHasAnApproverWhoMayDecide() {
        model = TrainingSessions.sample(root, dialogs);
        assertThat(model.cases().stream()
                        .filter(row -> row.item().trainingCase().reviewAs() == null)
                        .filter(row -> row.item().blocked())
                        .map(row -> row.item().id()))
                // Only cases with a reviewer the case names are blocked: every other case has someone whose
                // domain covers it (the CISO's spans the ledger, cloud and vault drafts).
                .isEmpty();
        assertThat(model.cases().stream()
                        .filter(row -> row.item().trainingCase().reviewAs() != null)
                        .filter(row -> !row.item().blocked())
                        .map(row -> row.item().id()))
                .isEmpty();
    }

    @Test
    void aCleanApprovalIsRecordedAndScoredInFull() {
        model = TrainingSessions.sample(root, dialogs);
        select(model, "c01-ap-joiner");
        decide(model, Outcome.APPROVE, "", Set.of());
        assertThat(model.decision().problems()).isEmpty();
        CaseFeedback feedback = model.feedbackProperty().get();
        assertThat(feedback.outcomeRight()).isTrue();
        assertThat(feedback.score()).isEqualTo(100);
        assertThat(feedback.recordNote()).contains("record 1", "training");
        assertThat(model.scoreProperty().get()).isEqualTo(new SessionScore(1, 1, 0, 0, 100));
    }

    @Test
    void missedFindingsAreNamedWithTheEnginesExplanation() {
        model = TrainingSessions.sample(root, dialogs);
        select(model, "c09-ocr-wildcard-bucket");
        decide(model, Outcome.REJECT, "Far wider than the request", Set.of("LP-WILDCARD-SCOPE"));
        CaseFeedback feedback = model.feedbackProperty().get();
        assertThat(feedback.outcomeRight()).isFalse();
        assertThat(feedback.expected()).isEqualTo(Outcome.APPROVE_REDUCED);
        assertThat(feedback.noticed()).containsExactly("LP-WILDCARD-SCOPE");
        assertThat(feedback.missed())
                .extracting(CaseFeedback.MissedFinding::rule)
                .containsExactly("LP-WIDER-THAN-REQUEST", "LP-PRIVILEGED-DURATION", "GOV-STEP-UP-REQUIRED");
        assertThat(feedback.missed())
                .allSatisfy(missed ->
                        assertThat(missed.explanation()).isNotBlank().doesNotContain("raised no such finding"));
        assertThat(feedback.score()).isEqualTo(13); // outcome 0 of 50, findings 1 of 4 → 12.5
        assertThat(feedback.explanation()).contains("Approve only the scoped read line");
        assertThat(model.cases().stream().filter(CaseRow::done)).hasSize(1);
    }

    @Test
    void aRefusedDecisionSaysWhyAndIsNotScored() {
        model = TrainingSessions.sample(root, dialogs);
        select(model, "c11-dormant-renewal");
        decide(model, Outcome.REJECT, "  ", Set.of());
        assertThat(model.decision().problems())
                .singleElement()
                .asString()
                .startsWith("Policy")
                .contains("requires a justification to reject")
                .endsWith(".");
        assertThat(model.feedbackProperty().get()).isNull();
        assertThat(model.scoreProperty().get().cases()).isZero();

        decide(model, Outcome.REJECT, "Unused since May; let it lapse", Set.of("LP-DORMANT-ACCESS"));
        assertThat(model.feedbackProperty().get().score()).isEqualTo(100);
    }

    @Test
    void approvingReducedKeepsOnlyTheTickedLineItems() {
        model = TrainingSessions.sample(root, dialogs);
        select(model, "c09-ocr-wildcard-bucket");
        model.decision().lineItems().stream()
                .filter(t -> t.item().target().equals("aws.prod.s3-admin"))
                .forEach(t -> t.approved().set(false));
        decide(
                model,
                Outcome.APPROVE_REDUCED,
                "Only the prefix that was asked for",
                Set.of("LP-WILDCARD-SCOPE", "LP-WIDER-THAN-REQUEST", "LP-PRIVILEGED-DURATION", "GOV-STEP-UP-REQUIRED"));
        assertThat(model.decision().problems()).isEmpty();
        assertThat(model.feedbackProperty().get().score()).isEqualTo(100);
        assertThat(model.feedbackProperty().get().recordNote()).contains("record 1");
    }

    @Test
    void anIndependenceCaseShowsTheBlockAndScoresTheHandOff() {
        model = TrainingSessions.sample(root, dialogs);
        select(model, "c31-editor-approves");
        assertThat(model.decision().actingAsProperty().get()).contains("claire.dupont");
        assertThat(model.decision().blockReasons()).singleElement().asString().contains("cannot approve this draft");

        decide(
                model,
                Outcome.REQUEST_CHANGES,
                "I edited this draft; passing it to another payroll approver",
                Set.of("IND-SELF-APPROVAL"));
        CaseFeedback feedback = model.feedbackProperty().get();
        assertThat(feedback.score()).isEqualTo(100);
        assertThat(feedback.recordNote()).startsWith("Not recorded").contains("blocks");
    }

    @Test
    void theDuplicateApproverCaseBlocksThoughTheTrainingStoreHoldsNoPriorApproval() {
        model = TrainingSessions.sample(root, dialogs);
        select(model, "c34-duplicate-approver");
        assertThat(model.decision().blockReasons())
                .anySatisfy(reason -> assertThat(reason).contains("already approved"));
        decide(model, Outcome.APPROVE, "", Set.of());
        assertThat(model.feedbackProperty().get())
                .as("the approval is refused, not recorded or scored")
                .isNull();
        assertThat(model.decision().problems())
                .singleElement()
                .asString()
                .startsWith("Not recorded: the block above forbids Henrik Dahl")
                .endsWith("instead.");

        decide(
                model,
                Outcome.REQUEST_CHANGES,
                "Already counted once; another approver must give the second approval",
                Set.of("IND-DUPLICATE-APPROVER", "GOV-STEP-UP-REQUIRED"));
        assertThat(model.feedbackProperty().get().score()).isEqualTo(100);
        assertThat(model.feedbackProperty().get().recordNote()).startsWith("Not recorded");
    }

    @Test
    void theSessionScoreSumsEveryCaseDecided() {
        model = TrainingSessions.sample(root, dialogs);
        select(model, "c01-ap-joiner");
        decide(model, Outcome.APPROVE, "", Set.of());
        select(model, "c11-dormant-renewal");
        decide(model, Outcome.REJECT, "Unused since May", Set.of());
        assertThat(model.scoreProperty().get()).isEqualTo(new SessionScore(2, 2, 0, 1, 75));
    }

    @Test
    void nextCaseSkipsCasesAlreadyDone() {
        model = TrainingSessions.sample(root, dialogs);
        decide(model, Outcome.APPROVE, "", Set.of());
        select(model, "c01-ap-joiner");
        model.nextCase();
        assertThat(model.selectedProperty().get().item().id()).isEqualTo("c02-rds-read-temporary");
    }

    @Test
    void aBadCasebookFileIsExplainedInPlainWords() throws Exception {
        Path bad =
                Files.writeString(root.resolve("broken.json"), "{\"format\": \"countersign.casebook/v1\", \"id\": 3}");
        dialogs.fileToOpen = bad;
        model = new TrainingViewModel(
                new SameThreadTaskExecutor(),
                dialogs,
                new TrainingFolders(root.resolve("training")),
                TrainingSessions.CLOCK);
        model.openFile();
        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .startsWith("The training session did not start: ")
                .contains("broken.json")
                .doesNotContain("Exception", "\tat ");
        assertThat(model.cases()).isEmpty();
    }

    @Test
    void cancellingTheFileChooserChangesNothing() {
        model = new TrainingViewModel(
                new SameThreadTaskExecutor(), dialogs, new TrainingFolders(root), TrainingSessions.CLOCK);
        model.openFile();
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.sessionProperty().get()).isNull();
    }
}
