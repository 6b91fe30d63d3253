package io.countersign.services.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.analysis.AnalysisDocument;
import io.countersign.model.decision.DecisionInput;
import io.countersign.model.decision.DecisionProblem;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.decision.LineItemChoice;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Outcome;
import io.countersign.persistence.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    private static DecisionInput input(
            String draft, int revision, Outcome outcome, String justification, Set<String> acknowledged) {
        return new DecisionInput(
                draft,
                revision,
                outcome,
                List.of(),
                justification,
                null,
                acknowledged,
                ReviewFixture.NOW.minusSeconds(90));
    }

    private ReviewFixture.Stored clean(String id) throws Exception {
        return fixture.importDraft(ReviewFixture.draftJson(id, 1, "u-ben", "erp.report-read-x", "2026-12-01T00:00:00Z")
                .replace("erp.report-read-x", "erp.report-read")
                .replace("\"u-ben\"]", "\"u-cy\"]")
                .replace("\"identity\": \"u-ben\"", "\"identity\": \"u-cy\""));
    }

    private ReviewFixture.Stored conflicting(String id, int revision) throws Exception {
        return fixture.importDraft(
                ReviewFixture.draftJson(id, revision, "u-ana", "erp.payment-approve", "2026-12-15T00:00:00Z"));
    }

    @Test
    void approvingACleanDraftRecordsAVerifiableSignedEntry() throws Exception {
        ReviewFixture.Stored draft = clean("d-clean");
        SigningKey key = fixture.keyFor("u-kim");

        RecordedDecision recorded = service.record(
                fixture.material(draft), "u-kim", input("d-clean", 1, Outcome.APPROVE, null, Set.of()), key);

        assertThat(recorded.seq()).isEqualTo(1);
        assertThat(recorded.standing().finalOutcome()).isEqualTo("approved");
        StoreVerification verification = new StoreVerifier(workspace).verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.verifiedDecisions()).singleElement().satisfies(d -> {
            assertThat(d.approverId()).isEqualTo("u-kim");
            assertThat(d.approverName()).isEqualTo("Kim Sato");
            assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
            assertThat(d.predicate().path("assistant").path("diverged").asBoolean())
                    .isFalse();
            assertThat(d.predicate().path("timeOnTaskSeconds").asLong()).isEqualTo(90);
        });
    }

    @Test
    void selfApprovalIsRefusedAndNothingIsWritten() throws Exception {
        ReviewFixture.Stored draft = clean("d-self");
        SigningKey key = fixture.keyFor("u-max");

        assertThatThrownBy(() -> service.record(
                        fixture.material(draft), "u-max", input("d-self", 1, Outcome.APPROVE, null, Set.of()), key))
                .isInstanceOfSatisfying(
                        DecisionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DecisionProblem::code)
                                .contains(DecisionProblem.Code.INDEPENDENCE))
                .hasMessageContaining("the requester");
        assertThat(workspace.evidenceChain().size()).isZero();
    }

    @Test
    void rejectWithoutJustificationIsRefused() throws Exception {
        ReviewFixture.Stored draft = clean("d-rej");
        SigningKey key = fixture.keyFor("u-kim");

        assertThatThrownBy(() -> service.record(
                        fixture.material(draft), "u-kim", input("d-rej", 1, Outcome.REJECT, "  ", Set.of()), key))
                .isInstanceOfSatisfying(
                        DecisionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DecisionProblem::code)
                                .containsExactly(DecisionProblem.Code.JUSTIFICATION_REQUIRED));
        RecordedDecision recorded = service.record(
                fixture.material(draft),
                "u-kim",
                input("d-rej", 1, Outcome.REJECT, "Not needed for the role", Set.of()),
                key);
        assertThat(recorded.standing().finalOutcome()).isEqualTo("rejected");
    }

    @Test
    void approvingOverAConflictNeedsAcknowledgementJustificationAndAValidControl() throws Exception {
        ReviewFixture.Stored draft = conflicting("d-sod", 1);
        SigningKey key = fixture.keyFor("u-kim");
        DecisionInput bare = input("d-sod", 1, Outcome.APPROVE, null, Set.of());

        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-kim", bare, key))
                .isInstanceOfSatisfying(
                        DecisionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DecisionProblem::code)
                                .contains(
                                        DecisionProblem.Code.ACKNOWLEDGEMENT_REQUIRED,
                                        DecisionProblem.Code.JUSTIFICATION_REQUIRED,
                                        DecisionProblem.Code.MITIGATION_REQUIRED));

        DecisionInput expired = new DecisionInput(
                "d-sod", 1, Outcome.APPROVE, List.of(), "cover during close", "ctl-old", Set.of("SOD-CONFLICT"), null);
        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-kim", expired, key))
                .isInstanceOfSatisfying(
                        DecisionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DecisionProblem::code)
                                .contains(DecisionProblem.Code.MITIGATION_NOT_VALID));

        DecisionInput mitigated = new DecisionInput(
                "d-sod",
                1,
                Outcome.APPROVE,
                List.of(),
                "cover during close",
                "ctl-review",
                Set.of("SOD-CONFLICT"),
                null);
        RecordedDecision recorded = service.record(fixture.material(draft), "u-kim", mitigated, key);
        assertThat(recorded.decision()
                        .predicate()
                        .path("mitigations")
                        .get(0)
                        .path("control")
                        .asText())
                .isEqualTo("ctl-review");
        assertThat(recorded.standing().isFinal())
                .as("high risk needs a second approver")
                .isFalse();
    }

    @Test
    void stepUpNeedsASecondDistinctApprover() throws Exception {
        ReviewFixture.Stored draft = conflicting("d-step", 1);
        SigningKey kim = fixture.keyFor("u-kim");
        SigningKey lee = fixture.keyFor("u-lee");
        DecisionInput approve = new DecisionInput(
                "d-step", 1, Outcome.APPROVE, List.of(), "cover", "ctl-review", Set.of("SOD-CONFLICT"), null);

        RecordedDecision first = service.record(fixture.material(draft), "u-kim", approve, kim);
        assertThat(first.standing().approvers()).containsExactly("u-kim");
        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-kim", approve, kim))
                .hasMessageContaining("already approved this revision");

        RecordedDecision second = service.record(fixture.material(draft), "u-lee", approve, lee);
        assertThat(second.standing().finalOutcome()).isEqualTo("approved");
        assertThat(second.decision()
                        .predicate()
                        .path("quorum")
                        .path("approvalsBefore")
                        .get(0)
                        .asText())
                .isEqualTo("u-kim");
    }

    @Test
    void aNewRevisionVoidsEarlierApprovalsAndRefusesTheStaleOne() throws Exception {
        ReviewFixture.Stored first = conflicting("d-rev", 1);
        SigningKey kim = fixture.keyFor("u-kim");
        SigningKey lee = fixture.keyFor("u-lee");
        service.record(
                fixture.material(first),
                "u-kim",
                new DecisionInput(
                        "d-rev", 1, Outcome.APPROVE, List.of(), "cover", "ctl-review", Set.of("SOD-CONFLICT"), null),
                kim);
        ReviewFixture.Stored second = conflicting("d-rev", 2);

        assertThatThrownBy(() -> service.record(
                        fixture.material(first),
                        "u-lee",
                        new DecisionInput(
                                "d-rev",
                                1,
                                Outcome.APPROVE,
                                List.of(),
                                "cover",
                                "ctl-review",
                                Set.of("SOD-CONFLICT"),
                                null),
                        lee))
                .isInstanceOfSatisfying(
                        DecisionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DecisionProblem::code)
                                .contains(DecisionProblem.Code.STALE_REVISION));

        RecordedDecision onNew = service.record(
                fixture.material(second),
                "u-lee",
                new DecisionInput(
                        "d-rev", 2, Outcome.APPROVE, List.of(), "cover", "ctl-review", Set.of("SOD-CONFLICT"), null),
                lee);
        assertThat(onNew.standing().approvers())
                .as("u-kim approved revision 1 only")
                .containsExactly("u-lee");
        assertThat(onNew.standing().isFinal()).isFalse();
    }

    @Test
    void approveReducedLeavingOutTheConflictingItemNeedsNoControl() throws Exception {
        String json = ReviewFixture.draftJson("d-red", 1, "u-ana", "erp.payment-approve", "2026-12-15T00:00:00Z")
                .replace(
                        "\"add\": [",
                        "\"add\": [{\"entitlement\": \"erp.report-read\", \"expiresAt\": \"2026-12-15T00:00:00Z\"}, ");
        ReviewFixture.Stored draft = fixture.importDraft(json);
        SigningKey kim = fixture.keyFor("u-kim");
        DecisionInput reduced = new DecisionInput(
                "d-red",
                1,
                Outcome.APPROVE_REDUCED,
                List.of(new LineItemChoice("u-ana add entitlement erp.payment-approve", false, null)),
                null,
                null,
                Set.of("SOD-CONFLICT"),
                null);

        RecordedDecision recorded = service.record(fixture.material(draft), "u-kim", reduced, kim);

        assertThat(recorded.decision().predicate().path("lineItems").toString())
                .contains(
                        "{\"approved\":false,\"expiresAt\":\"2026-12-15T00:00:00Z\",\"item\":\"u-ana add entitlement erp.payment-approve\"}");
    }

    @Test
    void aKeyNotRegisteredToTheApproverIsRefused() throws Exception {
        ReviewFixture.Stored draft = clean("d-key");
        fixture.keyFor("u-kim");
        SigningKey someoneElses = fixture.keyFor("u-lee");

        assertThatThrownBy(() -> service.record(
                        fixture.material(draft),
                        "u-kim",
                        input("d-key", 1, Outcome.APPROVE, null, Set.of()),
                        someoneElses))
                .isInstanceOfSatisfying(
                        DecisionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DecisionProblem::code)
                                .containsExactly(DecisionProblem.Code.KEY_NOT_REGISTERED));
        assertThat(workspace.evidenceChain().size()).isZero();
    }

    @Test
    void aKeyRegisteredAfterARefusalIsAcceptedAndARetiredOneRefused() throws Exception {
        ReviewFixture.Stored draft = clean("d-keys");
        fixture.keyFor("u-kim");
        SigningKey later = SigningKey.generate();
        DecisionInput approve = input("d-keys", 1, Outcome.APPROVE, null, Set.of());

        assertThatThrownBy(() -> service.record(fixture.material(draft), "u-kim", approve, later))
                .isInstanceOfSatisfying(
                        DecisionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DecisionProblem::code)
                                .containsExactly(DecisionProblem.Code.KEY_NOT_REGISTERED));
        workspace
                .signingKeys()
                .register("u-kim", "Kim", later.verificationKey().toSpkiDer(), Instant.parse("2026-01-01T00:00:00Z"));
        RecordedDecision recorded = service.record(fixture.material(draft), "u-kim", approve, later);
        assertThat(recorded.decision().keyId()).isEqualTo(later.keyId().toString());

        ReviewFixture.Stored next = clean("d-keys-2");
        workspace.signingKeys().retire(later.keyId().toString(), ReviewFixture.NOW.minusSeconds(1));
        assertThatThrownBy(() -> service.record(
                        fixture.material(next), "u-kim", input("d-keys-2", 1, Outcome.APPROVE, null, Set.of()), later))
                .isInstanceOfSatisfying(
                        DecisionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DecisionProblem::code)
                                .containsExactly(DecisionProblem.Code.KEY_NOT_REGISTERED));
        assertThat(workspace.evidenceChain().size()).isEqualTo(1);
    }

    @Test
    void anInputNotStoredInTheWorkspaceIsRefused() throws Exception {
        ReviewFixture.Stored draft = clean("d-missing");
        SigningKey kim = fixture.keyFor("u-kim");
        ReviewMaterial stored = fixture.material(draft);
        ReviewMaterial unknownDraftBytes = new ReviewMaterial(
                stored.draft(),
                Digest.sha256("not imported".getBytes(StandardCharsets.UTF_8)),
                stored.snapshot(),
                stored.snapshotDigest(),
                stored.policy(),
                stored.policyDigest(),
                stored.pending(),
                stored.latestRevision());
        DecisionInput approve = input("d-missing", 1, Outcome.APPROVE, null, Set.of());
        service.record(
                fixture.material(clean("d-first")), "u-kim", input("d-first", 1, Outcome.APPROVE, null, Set.of()), kim);

        assertThatThrownBy(() -> service.record(unknownDraftBytes, "u-kim", approve, kim))
                .isInstanceOfSatisfying(
                        DecisionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DecisionProblem::code)
                                .containsExactly(DecisionProblem.Code.STALE_REVISION))
                .hasMessageContaining("is not in this workspace; import it first");
        assertThat(workspace.evidenceChain().size()).isEqualTo(1);
        assertThat(service.record(stored, "u-kim", approve, kim).seq()).isEqualTo(2);
    }

    @Test
    void theFindingsShownAreStoredWithTheEntryUnderTheDigestItSigns() throws Exception {
        ReviewFixture.Stored draft = conflicting("d-findings", 1);
        SigningKey kim = fixture.keyFor("u-kim");
        ReviewMaterial material = fixture.material(draft);

        RecordedDecision recorded = service.record(
                material,
                "u-kim",
                new DecisionInput("d-findings", 1, Outcome.REJECT, List.of(), "conflict", null, Set.of(), null),
                kim);

        InTotoStatement statement = InTotoStatement.parse(DsseEnvelope.parse(workspace
                        .evidenceChain()
                        .get(recorded.seq())
                        .orElseThrow()
                        .envelope())
                .payload());
        Digest findings = statement.subjects().get(3).digest();
        byte[] expected = CanonicalJson.canonicalize(AnalysisDocument.findings(
                service.preview(material, "u-kim").analysis().findings()));
        assertThat(findings).isEqualTo(Digest.sha256(expected));
        assertThat(workspace.blobs().get(findings.hex()).orElseThrow().content())
                .isEqualTo(expected);
    }

    @Test
    void theRecordReturnedIsTheRecordVerificationReadsBack() throws Exception {
        SigningKey kim = fixture.keyFor("u-kim");
        List<RecordedDecision> recorded = new ArrayList<>();
        recorded.add(service.record(
                fixture.material(clean("d-a")), "u-kim", input("d-a", 1, Outcome.APPROVE, null, Set.of()), kim));
        recorded.add(service.record(
                fixture.material(conflicting("d-b", 3)),
                "u-kim",
                new DecisionInput(
                        "d-b", 3, Outcome.APPROVE, List.of(), "cover", "ctl-review", Set.of("SOD-CONFLICT"), null),
                kim));
        for (String confidence : List.of("1.0", "null", "0", "0.125")) {
            String id = "d-c" + confidence;
            ReviewFixture.Stored draft = fixture.importDraft(
                    ReviewFixture.draftJson(id, 1, "u-ana", "erp.report-read", "2026-12-01T00:00:00Z")
                            .replace("\"confidence\": 0.9", "\"confidence\": " + confidence));
            recorded.add(service.record(
                    fixture.material(draft), "u-kim", input(id, 1, Outcome.REJECT, "no", Set.of()), kim));
        }

        List<DecisionRecord> verified = new StoreVerifier(workspace).verify().verifiedDecisions();

        assertThat(recorded).extracting(RecordedDecision::decision).containsExactlyElementsOf(verified);
        for (int i = 0; i < verified.size(); i++) {
            assertThat(recorded.get(i).decision().predicate().toString())
                    .as("same fields in the same order")
                    .isEqualTo(verified.get(i).predicate().toString());
        }
    }
}
