package io.countersign.gate;

import static io.countersign.gate.SignedApprovals.CHECKED;
import static io.countersign.gate.SignedApprovals.DECIDED;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.decision.LineItem;
import io.countersign.model.decision.LineItemChoice;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApprovalGateTest {
    private static final List<String> APPROVERS = List.of("u-alice", "u-bob", "u-carol");

    private SignedApprovals approvals;

    @BeforeEach
    void signExampleDecisions() throws Exception {
        approvals = new SignedApprovals();
        APPROVERS.forEach(approvals::key);
    }

    private int needed() {
        return approvals.analysis.approversNeeded();
    }

    private List<DsseEnvelope> quorum() {
        List<DsseEnvelope> envelopes = new ArrayList<>();
        for (int i = 0; i < needed(); i++) {
            envelopes.add(approvals.approve(APPROVERS.get(i)));
        }
        return envelopes;
    }

    private GateVerdict check(List<DsseEnvelope> envelopes) {
        return ApprovalGate.check(approvals.draft, envelopes, approvals.trust(), CHECKED);
    }

    private static List<GateReason> reasons(GateVerdict verdict) {
        return verdict.problems().stream().map(GateProblem::reason).toList();
    }

    @Test
    void allowsEveryLineItemWhenAQuorumOfIndependentApproversApproved() {
        GateVerdict verdict = check(quorum());

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.exitCode()).isZero();
        assertThat(verdict.approvers()).hasSize(needed());
        assertThat(verdict.lineItems())
                .extracting(AllowedLineItem::item)
                .containsExactlyElementsOf(LineItem.of(approvals.draft.draft()).stream()
                        .map(LineItem::id)
                        .toList());
    }

    @Test
    void theExampleNeedsStepUpSoOneApproverIsNotEnough() {
        assertThat(needed())
                .as("the example draft holds a critical SoD conflict")
                .isGreaterThanOrEqualTo(2);

        GateVerdict verdict = check(List.of(approvals.approve("u-alice")));

        assertThat(reasons(verdict)).containsExactly(GateReason.QUORUM_NOT_MET);
        assertThat(verdict.exitCode()).isEqualTo(1);
    }

    @Test
    void refusesADraftEditedAfterItWasApproved() throws Exception {
        DraftUnderGate edited = approvals.edited("2026-02-21T00:00:00Z", "2027-02-21T00:00:00Z");

        GateVerdict verdict = ApprovalGate.check(edited, quorum(), approvals.trust(), CHECKED);

        assertThat(reasons(verdict)).contains(GateReason.DRAFT_CHANGED);
        assertThat(verdict.allowed()).isFalse();
    }

    @Test
    void countsOnePersonOnceHoweverOftenTheyApprove() {
        List<DsseEnvelope> twice = new ArrayList<>();
        for (int i = 0; i < needed(); i++) {
            twice.add(approvals.approve("u-alice"));
        }

        GateVerdict verdict = check(twice);

        assertThat(reasons(verdict)).containsExactly(GateReason.QUORUM_NOT_MET);
        assertThat(verdict.problems().getFirst().message()).contains("one person counts once");
    }

    @Test
    void refusesAKeyOutsideTheTrustAnchors() {
        List<DsseEnvelope> envelopes = quorum();
        TrustAnchors withoutAlice = new TrustAnchors(
                "test",
                CHECKED,
                approvals.trust().keys().stream()
                        .filter(key -> !key.owner().equals("u-alice"))
                        .toList());

        GateVerdict verdict = ApprovalGate.check(approvals.draft, envelopes, withoutAlice, CHECKED);

        assertThat(reasons(verdict)).contains(GateReason.UNTRUSTED_KEY, GateReason.QUORUM_NOT_MET);
    }

    @Test
    void refusesALineItemThatHasExpired() {
        Instant afterExpiry = Instant.parse("2026-03-01T00:00:00Z");

        GateVerdict verdict = ApprovalGate.check(approvals.draft, quorum(), approvals.trust(), afterExpiry);

        assertThat(reasons(verdict)).containsOnly(GateReason.LINE_ITEM_EXPIRED);
    }

    @Test
    void refusesARevisionSupersededByALaterDecidedOne() throws Exception {
        DraftUnderGate revision2 = approvals.edited("\"revision\": 1", "\"revision\": 2");
        List<DsseEnvelope> envelopes = quorum();
        envelopes.add(approvals.decide(
                "u-carol",
                Outcome.REQUEST_CHANGES,
                List.of(),
                approvals.analyse(revision2),
                revision2.digest(),
                DECIDED.plusSeconds(600),
                false,
                approvals.key("u-carol")));

        GateVerdict verdict = check(envelopes);

        assertThat(reasons(verdict)).containsExactly(GateReason.SUPERSEDED);
    }

    @Test
    void refusesAnApprovalStitchedFromTwoDrafts() throws Exception {
        DraftUnderGate other = approvals.edited("d-2026-0142", "d-2026-0999");
        List<DsseEnvelope> envelopes = new ArrayList<>(List.of(approvals.approve("u-alice")));
        envelopes.add(approvals.decide(
                "u-bob",
                Outcome.APPROVE,
                List.of(),
                approvals.analyse(other),
                other.digest(),
                DECIDED,
                false,
                approvals.key("u-bob")));

        GateVerdict verdict = check(envelopes);

        assertThat(reasons(verdict)).contains(GateReason.OTHER_DRAFT);
        assertThat(verdict.allowed()).isFalse();
    }

    @Test
    void refusesWhenAnyoneRejectedOrSentItBack() {
        List<DsseEnvelope> rejected = quorum();
        rejected.add(approvals.decide("u-carol", Outcome.REJECT));
        List<DsseEnvelope> sentBack = quorum();
        sentBack.add(approvals.decide("u-carol", Outcome.REQUEST_CHANGES));

        assertThat(reasons(check(rejected))).containsExactly(GateReason.REJECTED);
        assertThat(reasons(check(sentBack))).containsExactly(GateReason.SENT_BACK);
    }

    @Test
    void approveReducedAllowsOnlyWhatEveryApproverAllowedWithTheEarliestExpiry() {
        List<LineItem> items = LineItem.of(approvals.draft.draft());
        Instant shorter = Instant.parse("2026-02-10T00:00:00Z");
        List<LineItemChoice> first = List.of(
                new LineItemChoice(items.get(0).id(), true, shorter),
                new LineItemChoice(items.get(1).id(), false, null));
        List<DsseEnvelope> envelopes = new ArrayList<>();
        envelopes.add(approvals.decide(
                "u-alice",
                Outcome.APPROVE_REDUCED,
                first,
                approvals.analysis,
                approvals.draft.digest(),
                DECIDED,
                false,
                approvals.key("u-alice")));
        for (int i = 1; i < needed(); i++) {
            envelopes.add(approvals.approve(APPROVERS.get(i)));
        }

        GateVerdict verdict = check(envelopes);

        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.lineItems())
                .containsExactly(new AllowedLineItem(items.get(0).id(), shorter));
    }

    @Test
    void refusesASignatureThatDoesNotVerify() {
        List<DsseEnvelope> envelopes = quorum();
        DsseEnvelope good = envelopes.getFirst();
        byte[] payload = good.payload();
        payload[payload.length / 2] ^= 1;
        envelopes.set(0, new DsseEnvelope(good.payloadType(), payload, good.signature()));

        assertThat(reasons(check(envelopes))).contains(GateReason.BAD_SIGNATURE, GateReason.QUORUM_NOT_MET);
    }

    @Test
    void refusesARecordSignedWithSomeoneElsesKey() {
        List<DsseEnvelope> envelopes = new ArrayList<>();
        envelopes.add(approvals.decide(
                "u-alice",
                Outcome.APPROVE,
                List.of(),
                approvals.analysis,
                approvals.draft.digest(),
                DECIDED,
                false,
                approvals.key("u-bob")));

        assertThat(reasons(check(envelopes))).contains(GateReason.KEY_OWNER_MISMATCH);
    }

    @Test
    void refusesAKeyThatWasNotValidWhenItSigned() {
        List<DsseEnvelope> envelopes = quorum();
        List<AnchorKey> keys = new ArrayList<>(approvals.trust().keys());
        SigningKey alice = approvals.key("u-alice");
        keys.removeIf(key -> key.owner().equals("u-alice"));
        keys.add(SignedApprovals.anchor("u-alice", alice, DECIDED.plusSeconds(1), null));

        GateVerdict verdict =
                ApprovalGate.check(approvals.draft, envelopes, new TrustAnchors("t", CHECKED, keys), CHECKED);

        assertThat(reasons(verdict)).contains(GateReason.KEY_NOT_VALID);
    }

    @Test
    void refusesTrainingDecisions() {
        List<DsseEnvelope> envelopes = new ArrayList<>();
        for (int i = 0; i < needed(); i++) {
            String approver = APPROVERS.get(i);
            envelopes.add(approvals.decide(
                    approver,
                    Outcome.APPROVE,
                    List.of(),
                    approvals.analysis,
                    approvals.draft.digest(),
                    DECIDED,
                    true,
                    approvals.key(approver)));
        }

        assertThat(reasons(check(envelopes))).contains(GateReason.TRAINING_RECORD);
    }

    @Test
    void refusesAnApproverInvolvedInTheDraft() {
        String requester = approvals.draft.draft().requester();
        List<DsseEnvelope> envelopes = quorum();
        envelopes.add(approvals.approve(requester));

        GateVerdict verdict = ApprovalGate.check(approvals.draft, envelopes, approvals.trust(), CHECKED);

        assertThat(reasons(verdict)).containsExactly(GateReason.NOT_INDEPENDENT);
    }

    @Test
    void refusesAnApproverWhoseAccessTheDraftChangesThoughNobodyRequestedItForThem() throws Exception {
        String text = new String(approvals.draftBytes, StandardCharsets.UTF_8)
                .replace("\"initiatedBy\": \"u-jmartin\"", "\"initiatedBy\": \"u-boss\"")
                .replace("\"requester\": \"u-jmartin\"", "\"requester\": \"u-boss\"")
                .replace("\"requestedFor\": [\"u-jmartin\"]", "\"requestedFor\": [\"u-boss\"]");
        DraftUnderGate forBoss = DraftUnderGate.read("boss.json", text.getBytes(StandardCharsets.UTF_8));
        assertThat(forBoss.draft().affectedIdentities()).containsExactly("u-jmartin");
        List<DsseEnvelope> envelopes = new ArrayList<>();
        for (String approver : List.of("u-jmartin", "u-alice", "u-bob")) {
            envelopes.add(approvals.decide(
                    approver,
                    Outcome.APPROVE,
                    List.of(),
                    approvals.analyse(forBoss),
                    forBoss.digest(),
                    DECIDED,
                    false,
                    approvals.key(approver)));
        }

        GateVerdict verdict = ApprovalGate.check(forBoss, envelopes, approvals.trust(), CHECKED);

        assertThat(reasons(verdict)).contains(GateReason.NOT_INDEPENDENT);
        assertThat(verdict.approvers()).doesNotContain("u-jmartin");
    }

    @Test
    void theStoresCurrentRequirementInTheHeaderCanRaiseTheQuorum() {
        ApprovalBundle raised = new ApprovalBundle(
                approvals.draft.draft().id(), 1, approvals.draft.digest(), needed() + 1, CHECKED, quorum(), List.of());
        ApprovalBundle asSigned = new ApprovalBundle(
                approvals.draft.draft().id(), 1, approvals.draft.digest(), 1, CHECKED, quorum(), List.of());

        assertThat(reasons(ApprovalGate.check(approvals.draft, raised, approvals.trust(), CHECKED)))
                .containsExactly(GateReason.QUORUM_NOT_MET);
        assertThat(ApprovalGate.check(approvals.draft, asSigned, approvals.trust(), CHECKED)
                        .allowed())
                .as("a lower header never lowers what was signed")
                .isTrue();
    }

    @Test
    void refusesWithoutAnyDecision() {
        assertThat(reasons(check(List.of()))).containsExactly(GateReason.NO_APPROVALS);
    }

    @Test
    void refusesDecisionsDatedAfterTheCheckTime() {
        assertThat(reasons(ApprovalGate.check(approvals.draft, quorum(), approvals.trust(), DECIDED.minusSeconds(1))))
                .contains(GateReason.DECIDED_AFTER_CHECK_TIME);
    }

    @Test
    void neverAllowsWhenAnyByteOfAnEnvelopeChanges() {
        List<DsseEnvelope> envelopes = quorum();
        byte[] json = envelopes.getFirst().toCanonicalJson();
        for (int at = 0; at < json.length; at += 7) {
            byte[] tampered = json.clone();
            tampered[at] ^= 0x20;
            DsseEnvelope parsed;
            try {
                parsed = DsseEnvelope.parse(tampered);
            } catch (RuntimeException unreadable) {
                continue;
            }
            List<DsseEnvelope> changed = new ArrayList<>(envelopes);
            changed.set(0, parsed);
            if (parsed.equals(envelopes.getFirst())) {
                continue;
            }
            assertThat(check(changed).allowed()).as("byte %d changed", at).isFalse();
        }
    }
}
