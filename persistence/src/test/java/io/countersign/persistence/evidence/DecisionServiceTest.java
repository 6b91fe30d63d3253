package io.countersign.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.decision.DecisionInput;
import io.countersign.model.decision.DecisionProblem;
import io.countersign.model.decision.LineItemChoice;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Outcome;
import io.countersign.persistence.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionServiceTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ReviewFixture fixture;
    private DecisionService service;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir, Clock.fixed(ReviewFixture.NOW, ZoneOffset.UTC));
        fixture = new ReviewFixture(workspace);
        service = new DecisionService(workspace, Clock.fixed(ReviewFixture.NOW, ZoneOffset.UTC), "test", false);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static DecisionInput input(String draft, int revision, Outcome outcome, String justification, Set<String> acknowledged) {
        return new DecisionInput(draft, revision, outcome, List.of(), justification, null, acknowledged, ReviewFixture.NOW.minusSeconds(90));
    }

    private ReviewFixture.Stored clean(String id) throws Exception {
        return fixture.importDraft(ReviewFixture.draftJson(id, 1, "u-ben", "erp.report-read-x", "2026-12-01T00:00:00Z")
                .replace("erp.report-read-x", "erp.report-read").replace("\"u-ben\"]", "\"u-cy\"]")
                .replace("\"identity\": \"u-ben\"", "\"identity\": \"u-cy\""));
    }

    private ReviewFixture.Stored conflicting(String id, int revision) throws Exception {
        return fixture.importDraft(ReviewFixture.draftJson(id, revision, "u-ana", "erp.payment-approve", "2026-12-15T00:00:00Z"));
    }

    @Test
    void approvingACleanDraftRecordsAVerifiableSignedEntry() throws Exception {
        ReviewFixture.Stored draft = clean("d-clean");
        SigningKey key = fixture.keyFor("u-kim");

        RecordedDecision recorded = service.record(fixture.material(draft), "u-kim",
                input("d-clean", 1, Outcome.APPROVE, null, Set.of()), key);

        assertThat(recorded.seq()).isEqualTo(1);
        assertThat(recorded.standing().finalOutcome()).isEqualTo("approved");
        StoreVerification verification = new StoreVerifier(workspace).verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.verifiedDecisions()).singleElement().satisfies(d -> {
            assertThat(d.approverId()).isEqualTo("u-kim");
            assertThat(d.approverName()).isEqualTo("Kim Sato");
            assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
            assertThat(d.predicate().path("assistant").path("diverged").asBoolean()).isFalse();
            assertThat(d.predicate().path("timeOnTaskSeconds").asLong()).isEqualTo(90);
        });
    }

    @Test
    void selfApprovalIsRefusedAndNothingIsWritten() throws Exception {
        ReviewFixture.Stored draft = clean("d-self");
        SigningKey key = fixture.keyFor("u-max");

        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-max", input("d-self", 1, Outcome.APPROVE, null, Set.of()), key))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::code).contains(DecisionProblem.Code.INDEPENDENCE))
                .hasMessageContaining("the requester");
        assertThat(workspace.evidenceChain().size()).isZero();
    }

    @Test
    void rejectWithoutJustificationIsRefused() throws Exception {
        ReviewFixture.Stored draft = clean("d-rej");
        SigningKey key = fixture.keyFor("u-kim");

        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-kim", input("d-rej", 1, Outcome.REJECT, "  ", Set.of()), key))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::code).containsExactly(DecisionProblem.Code.JUSTIFICATION_REQUIRED));
        RecordedDecision recorded = service.record(fixture.material(draft), "u-kim",
                input("d-rej", 1, Outcome.REJECT, "Not needed for the role", Set.of()), key);
        assertThat(recorded.standing().finalOutcome()).isEqualTo("rejected");
    }

    @Test
    void approvingOverAConflictNeedsAcknowledgementJustificationAndAValidControl() throws Exception {
        ReviewFixture.Stored draft = conflicting("d-sod", 1);
        SigningKey key = fixture.keyFor("u-kim");
        DecisionInput bare = input("d-sod", 1, Outcome.APPROVE, null, Set.of());

        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-kim", bare, key))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::code).contains(DecisionProblem.Code.ACKNOWLEDGEMENT_REQUIRED,
                                DecisionProblem.Code.JUSTIFICATION_REQUIRED, DecisionProblem.Code.MITIGATION_REQUIRED));

        DecisionInput expired = new DecisionInput("d-sod", 1, Outcome.APPROVE, List.of(), "cover during close", "ctl-old",
                Set.of("SOD-CONFLICT"), null);
        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-kim", expired, key))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::code).contains(DecisionProblem.Code.MITIGATION_NOT_VALID));

        DecisionInput mitigated = new DecisionInput("d-sod", 1, Outcome.APPROVE, List.of(), "cover during close", "ctl-review",
                Set.of("SOD-CONFLICT"), null);
        RecordedDecision recorded = service.record(fixture.material(draft), "u-kim", mitigated, key);
        assertThat(recorded.decision().predicate().path("mitigations").get(0).path("control").asText()).isEqualTo("ctl-review");
        assertThat(recorded.standing().isFinal()).as("high risk needs a second approver").isFalse();
    }

    @Test
    void stepUpNeedsASecondDistinctApprover() throws Exception {
        ReviewFixture.Stored draft = conflicting("d-step", 1);
        SigningKey kim = fixture.keyFor("u-kim");
        SigningKey lee = fixture.keyFor("u-lee");
        DecisionInput approve = new DecisionInput("d-step", 1, Outcome.APPROVE, List.of(), "cover", "ctl-review", Set.of("SOD-CONFLICT"), null);

        RecordedDecision first = service.record(fixture.material(draft), "u-kim", approve, kim);
        assertThat(first.standing().approvers()).containsExactly("u-kim");
        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-kim", approve, kim))
                .hasMessageContaining("already approved this revision");

        RecordedDecision second = service.record(fixture.material(draft), "u-lee", approve, lee);
        assertThat(second.standing().finalOutcome()).isEqualTo("approved");
        assertThat(second.decision().predicate().path("quorum").path("approvalsBefore").get(0).asText()).isEqualTo("u-kim");
    }

    @Test
    void aNewRevisionVoidsEarlierApprovalsAndRefusesTheStaleOne() throws Exception {
        ReviewFixture.Stored first = conflicting("d-rev", 1);
        SigningKey kim = fixture.keyFor("u-kim");
        SigningKey lee = fixture.keyFor("u-lee");
        service.record(fixture.material(first), "u-kim",
                new DecisionInput("d-rev", 1, Outcome.APPROVE, List.of(), "cover", "ctl-review", Set.of("SOD-CONFLICT"), null), kim);
        ReviewFixture.Stored second = conflicting("d-rev", 2);

        assertThatThrownBy(() -> service.record(fixture.material(first), "u-lee",
                new DecisionInput("d-rev", 1, Outcome.APPROVE, List.of(), "cover", "ctl-review", Set.of("SOD-CONFLICT"), null), lee))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::code).contains(DecisionProblem.Code.STALE_REVISION));

        RecordedDecision onNew = service.record(fixture.material(second), "u-lee",
                new DecisionInput("d-rev", 2, Outcome.APPROVE, List.of(), "cover", "ctl-review", Set.of("SOD-CONFLICT"), null), lee);
        assertThat(onNew.standing().approvers()).as("u-kim approved revision 1 only").containsExactly("u-lee");
        assertThat(onNew.standing().isFinal()).isFalse();
    }

    @Test
    void approveReducedLeavingOutTheConflictingItemNeedsNoControl() throws Exception {
        String json = ReviewFixture.draftJson("d-red", 1, "u-ana", "erp.payment-approve", "2026-12-15T00:00:00Z")
                .replace("\"add\": [", "\"add\": [{\"entitlement\": \"erp.report-read\", \"expiresAt\": \"2026-12-15T00:00:00Z\"}, ");
        ReviewFixture.Stored draft = fixture.importDraft(json);
        SigningKey kim = fixture.keyFor("u-kim");
        DecisionInput reduced = new DecisionInput("d-red", 1, Outcome.APPROVE_REDUCED,
                List.of(new LineItemChoice("u-ana add entitlement erp.payment-approve", false, null)),
                null, null, Set.of("SOD-CONFLICT"), null);

        RecordedDecision recorded = service.record(fixture.material(draft), "u-kim", reduced, kim);

        assertThat(recorded.decision().predicate().path("lineItems").toString())
                .contains("{\"approved\":false,\"expiresAt\":\"2026-12-15T00:00:00Z\",\"item\":\"u-ana add entitlement erp.payment-approve\"}");
    }

    @Test
    void aKeyNotRegisteredToTheApproverIsRefused() throws Exception {
        ReviewFixture.Stored draft = clean("d-key");
        fixture.keyFor("u-kim");
        SigningKey someoneElses = fixture.keyFor("u-lee");

        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-kim", input("d-key", 1, Outcome.APPROVE, null, Set.of()), someoneElses))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::code).containsExactly(DecisionProblem.Code.KEY_NOT_REGISTERED));
        assertThat(workspace.evidenceChain().size()).isZero();
    }
}
