package io.countersign.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.queue.DemoQueue;
import io.countersign.model.format.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision form's rules and the signing flow, against a real demo workspace, without a toolkit. */
class DecisionViewModelTest {
    @TempDir
    Path dir;

    private DecisionDesk desk;

    @BeforeEach
    void openDesk() throws Exception {
        desk = new DecisionDesk(dir.resolve("ws"));
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private List<String> headings() {
        return desk.form().reasons().stream().map(BlockingReason::heading).toList();
    }

    @Test
    void outcomeIsNeverPresetNotEvenToTheAssistantsAdvice() {
        desk.open("DR-4105");
        assertThat(desk.item("DR-4105").draft().recommendation()).isEqualTo(Outcome.REJECT);
        assertThat(desk.form().outcomeProperty().get()).isNull();
        assertThat(headings()).containsExactly("Choose an outcome");
        assertThat(desk.form().canSignProperty().get()).isFalse();
    }

    @Test
    void rejectNeedsAJustificationUntilOneIsWritten() {
        desk.open("DR-4105");
        desk.decision.start(Outcome.REJECT);
        assertThat(headings()).containsExactly("Write a justification");
        assertThat(desk.form().justificationRequiredProperty().get()).isTrue();
        desk.form().justificationProperty().set("Report access is not part of her role");
        assertThat(desk.form().reasons()).isEmpty();
        assertThat(desk.form().canSignProperty().get()).isTrue();
        assertThat(desk.form().justificationRequiredProperty().get()).isTrue();
    }

    @Test
    void selfApprovalIsBlockedBeforeAnOutcomeIsChosen() {
        desk.open("DR-4101");
        assertThat(headings()).contains("You may not decide this draft");
        assertThat(desk.form().reasons().toString()).contains("requester");
        desk.decision.start(Outcome.APPROVE);
        assertThat(desk.form().canSignProperty().get()).isFalse();
    }

    @Test
    void approvingSignsAndConfirmsOnlyWhatTheStoreRecorded() {
        desk.open("DR-4105");
        desk.decision.start(Outcome.APPROVE);
        desk.decision.sign();
        Confirmation done = desk.decision.confirmationProperty().get();
        assertThat(done.seq()).isEqualTo(1);
        assertThat(done.entryHash()).startsWith("sha256:");
        assertThat(done.standing()).isEqualTo("DR-4105 is now approved");
        assertThat(desk.item("DR-4105").decided()).isTrue();
        assertThat(desk.dialogs.passphrasePrompts).containsExactly("Sign as Priya Raman");
    }

    @Test
    void aWrongPassphraseRecordsNothing() {
        desk.open("DR-4105");
        desk.decision.start(Outcome.APPROVE);
        desk.dialogs.passphraseAnswer = "not the demo passphrase";
        desk.decision.sign();
        assertThat(desk.decision.confirmationProperty().get()).isNull();
        assertThat(desk.dialogs.errors).singleElement().asString().startsWith("Wrong passphrase");
        assertThat(desk.item("DR-4105").decided()).isFalse();
    }

    @Test
    void cancellingThePassphrasePromptSignsNothing() {
        desk.open("DR-4105");
        desk.decision.start(Outcome.APPROVE);
        desk.dialogs.passphraseAnswer = null;
        desk.decision.sign();
        assertThat(desk.decision.confirmationProperty().get()).isNull();
        assertThat(desk.dialogs.errors).isEmpty();
    }

    @Test
    void approveReducedMustLeaveSomethingOutOrShortenIt() {
        desk.open("DR-4109");
        desk.decision.start(Outcome.APPROVE_REDUCED);
        assertThat(headings()).contains("Check the line items");
        desk.form().lineItems().getFirst().approvedProperty().set(false);
        assertThat(headings()).doesNotContain("Check the line items");
    }

    @Test
    void stepUpNeedsAcknowledgementsAControlAndASecondApprover() {
        desk.open("DR-4115");
        desk.decision.start(Outcome.APPROVE);
        assertThat(headings())
                .contains(
                        "Acknowledge the serious findings",
                        "Write a justification",
                        "Choose a valid mitigating control");
        fillStepUp();
        assertThat(desk.form().reasons()).isEmpty();
        desk.decision.sign();
        assertThat(desk.decision.confirmationProperty().get().standing())
                .isEqualTo("1 of 2 approvals — a second approver must decide");

        desk.decision.start(Outcome.APPROVE);
        assertThat(headings()).contains("You may not decide this draft");

        desk.actAs(DecisionDesk.HENRIK);
        desk.decision.start(Outcome.APPROVE);
        fillStepUp();
        desk.decision.sign();
        assertThat(desk.decision.confirmationProperty().get().standing()).isEqualTo("DR-4115 is now approved");
    }

    @Test
    void openedAtIsWhenTheDraftWasOpened() {
        desk.open("DR-4105");
        assertThat(desk.decision.openedAt()).isEqualTo(DemoQueue.CLOCK.instant());
        desk.decision.start(Outcome.APPROVE);
        assertThat(desk.form().input().openedAt()).isEqualTo(desk.decision.openedAt());
    }

    private void fillStepUp() {
        desk.form().acknowledgements().forEach(a -> a.acknowledgedProperty().set(true));
        desk.form().justificationProperty().set("Covering the vendor desk for the December peak");
        desk.form()
                .mitigationProperty()
                .set(desk.form().controls().stream()
                        .filter(c -> c.control().id().equals("mc.vendor-callback"))
                        .findFirst()
                        .orElseThrow());
    }
}
