package io.countersign.model.analysis.rules;

import static io.countersign.model.analysis.fixtures.DraftBuilder.draft;
import static io.countersign.model.analysis.fixtures.Fixtures.OWNER;
import static io.countersign.model.analysis.fixtures.Fixtures.analyze;
import static io.countersign.model.analysis.fixtures.Fixtures.assertNone;
import static io.countersign.model.analysis.fixtures.Fixtures.grant;
import static io.countersign.model.analysis.fixtures.Fixtures.only;
import static io.countersign.model.analysis.fixtures.PolicyBuilder.policy;
import static io.countersign.model.analysis.fixtures.SnapshotBuilder.entitlementSpec;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.fixtures.DraftBuilder;
import io.countersign.model.analysis.fixtures.SnapshotBuilder;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Draft;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Policy;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.Workflow;
import io.countersign.model.format.WorkflowStep;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Governance rules: stale basis, owners, unknown identities, step-up, rollback, allowed sources. */
class GovernanceRulesTest {

    private static final String DANA = "u-dana";
    private static final Policy POLICY = policy().build();

    /** Dana holds erp.a directly and role r-b; erp.c is medium, iam.grant can grant access (high finding). */
    private static SnapshotBuilder base() {
        return new SnapshotBuilder()
                .human(DANA, "Dana Kim")
                .entitlement("erp.a")
                .entitlement("erp.b")
                .entitlement("erp.c")
                .entitlement(entitlementSpec("iam.grant").grantsAccess())
                .role("r-b", "B role", "erp.b")
                .holds(DANA, "erp.a")
                .holdsRole(DANA, "r-b");
    }

    private static Finding assertNew(Finding finding, Severity severity) {
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.status()).isEqualTo(FindingStatus.NEW);
        assertThat(finding.references()).isNotEmpty();
        return finding;
    }

    @Nested
    class StaleBasis {
        private final Snapshot snapshot = base().build();

        private DraftAnalysis withBasis(String snapshotId, List<String> entitlements, List<String> roles) {
            return analyze(
                    snapshot,
                    POLICY,
                    draft("d-1")
                            .add(DANA, grant("erp.c"))
                            .basis(snapshotId, new Draft.BelievedAccess(DANA, entitlements, roles))
                            .build());
        }

        @Test
        void missedEntitlementIsNewHighFindingNamingIt() {
            Finding finding = assertNew(
                    only(withBasis(SnapshotBuilder.ID, List.of(), List.of("r-b")), RuleId.GOV_STALE_BASIS),
                    Severity.HIGH);

            assertThat(finding.identities()).containsExactly(DANA);
            assertThat(finding.explanation()).contains("holds entitlement erp.a the assistant did not account for");
        }

        @Test
        void wronglyAssumedRoleIsNewHighFindingNamingIt() {
            Finding finding = only(
                    withBasis(SnapshotBuilder.ID, List.of("erp.a"), List.of("r-b", "r-admin")), RuleId.GOV_STALE_BASIS);

            assertNew(finding, Severity.HIGH);
            assertThat(finding.explanation()).contains("assumed role r-admin, which is not held");
        }

        @Test
        void olderSnapshotWithMatchingAccessIsMedium() {
            assertNew(
                    only(withBasis("snap-0", List.of("erp.a"), List.of("r-b")), RuleId.GOV_STALE_BASIS),
                    Severity.MEDIUM);
        }

        @Test
        void basisMatchingTheSnapshotIsFine() {
            assertNone(withBasis(SnapshotBuilder.ID, List.of("erp.a"), List.of("r-b")), RuleId.GOV_STALE_BASIS);
        }
    }

    @Nested
    class NoOwner {

        @Test
        void addedEntitlementWithoutOwnerIsNewMediumFinding() {
            Snapshot snapshot = base().entitlement(entitlementSpec("erp.orphan").owner(null))
                    .build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add(DANA, grant("erp.orphan")).build()),
                    RuleId.GOV_NO_OWNER);

            assertNew(finding, Severity.MEDIUM);
            assertThat(finding.entitlements()).containsExactly("erp.orphan");
        }

        @Test
        void addedEntitlementWhoseSystemHasNoOwnerIsAFinding() {
            Snapshot snapshot =
                    base().system("legacy", null).entitlement("legacy.read").build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add(DANA, grant("legacy.read")).build()),
                    RuleId.GOV_NO_OWNER);

            assertThat(finding.entitlements()).containsExactly("legacy.read");
        }

        @Test
        void entitlementAndSystemWithOwnersAreFine() {
            assertNone(
                    analyze(
                            base().build(),
                            POLICY,
                            draft("d-1").add(DANA, grant("erp.c")).build()),
                    RuleId.GOV_NO_OWNER);
        }
    }

    @Nested
    class UnknownIdentity {

        @Test
        void changingAnIdentityTheSnapshotLacksIsNewHighFinding() {
            Finding finding = only(
                    analyze(
                            base().build(),
                            POLICY,
                            draft("d-1").add("u-ghost", grant("erp.c")).build()),
                    RuleId.GOV_UNKNOWN_IDENTITY);

            assertNew(finding, Severity.HIGH);
            assertThat(finding.identities()).containsExactly("u-ghost");
        }

        @Test
        void identityTheDraftCreatesIsKnown() {
            Draft draft = draft("d-1")
                    .create(
                            "svc-new",
                            new IdentityChange.NewIdentity(
                                    "New service", IdentityKind.SERVICE_ACCOUNT, OWNER, null, null, null))
                    .add("svc-new", grant("erp.c"))
                    .build();

            assertNone(analyze(base().build(), POLICY, draft), RuleId.GOV_UNKNOWN_IDENTITY);
        }

        @Test
        void identityInTheSnapshotIsKnown() {
            assertNone(
                    analyze(
                            base().build(),
                            POLICY,
                            draft("d-1").add(DANA, grant("erp.c")).build()),
                    RuleId.GOV_UNKNOWN_IDENTITY);
        }
    }

    @Nested
    class StepUp {

        @Test
        void highFindingRaisesRiskToTheStepUpTier() {
            DraftAnalysis analysis = analyze(
                    base().build(),
                    POLICY,
                    draft("d-1").add(DANA, grant("iam.grant")).build());

            Finding finding = assertNew(only(analysis, RuleId.GOV_STEP_UP_REQUIRED), Severity.INFO);
            assertThat(analysis.risk()).isEqualTo(RiskTier.HIGH);
            assertThat(analysis.approversNeeded()).isEqualTo(2);
            assertThat(finding.summary()).contains("2 distinct approvers");
        }

        @Test
        void stepUpSaysWhenTheAssistantClaimedALowerTier() {
            DraftAnalysis analysis = analyze(
                    base().build(),
                    POLICY,
                    draft("d-1")
                            .riskTier(RiskTier.LOW)
                            .add(DANA, grant("iam.grant"))
                            .build());

            assertThat(only(analysis, RuleId.GOV_STEP_UP_REQUIRED).explanation())
                    .contains("claimed low");
        }

        @Test
        void claimedHighRiskAloneNeedsStepUp() {
            DraftAnalysis analysis = analyze(
                    base().build(),
                    POLICY,
                    draft("d-1")
                            .riskTier(RiskTier.HIGH)
                            .add(DANA, grant("erp.c"))
                            .build());

            assertThat(only(analysis, RuleId.GOV_STEP_UP_REQUIRED).explanation())
                    .doesNotContain("claimed");
        }

        @Test
        void lowRiskDraftNeedsOneApprover() {
            DraftAnalysis analysis = analyze(
                    base().build(),
                    POLICY,
                    draft("d-1").add(DANA, grant("erp.c")).build());

            assertThat(analysis.risk()).isEqualTo(RiskTier.LOW);
            assertThat(analysis.approversNeeded()).isEqualTo(1);
            assertNone(analysis, RuleId.GOV_STEP_UP_REQUIRED);
        }
    }

    @Nested
    class NoRollback {

        @ParameterizedTest(name = "missing {0}")
        @ValueSource(strings = {"rollback", "window", "both"})
        void highRiskDraftWithoutRollbackOrWindowIsNewMediumFinding(String missing) {
            DraftBuilder draft = draft("d-1").add(DANA, grant("iam.grant"));
            if (!missing.equals("window")) {
                draft.rollback(null);
            }
            if (!missing.equals("rollback")) {
                draft.changeWindow(null);
            }

            assertNew(only(analyze(base().build(), POLICY, draft.build()), RuleId.GOV_NO_ROLLBACK), Severity.MEDIUM);
        }

        @Test
        void workflowChangeIsHighImpactWhateverItsRisk() {
            Workflow same =
                    new Workflow("wf-1", "Chain", List.of(new WorkflowStep("manager", "manager", 1, List.of())));
            Snapshot snapshot = base().workflow(same).build();

            assertNew(
                    only(
                            analyze(
                                    snapshot,
                                    POLICY,
                                    draft("d-wf")
                                            .workflow(same)
                                            .changeWindow(null)
                                            .build()),
                            RuleId.GOV_NO_ROLLBACK),
                    Severity.MEDIUM);
        }

        @Test
        void lowRiskAccessChangeNeedsNoRollback() {
            Draft draft = draft("d-1")
                    .add(DANA, grant("erp.c"))
                    .rollback(null)
                    .changeWindow(null)
                    .build();

            assertNone(analyze(base().build(), POLICY, draft), RuleId.GOV_NO_ROLLBACK);
        }

        @Test
        void highRiskDraftWithRollbackAndWindowIsFine() {
            assertNone(
                    analyze(
                            base().build(),
                            POLICY,
                            draft("d-1").add(DANA, grant("iam.grant")).build()),
                    RuleId.GOV_NO_ROLLBACK);
        }
    }

    @Nested
    class SourceNotAllowed {
        private final Policy restricted =
                policy().allowedSources("snapshot:*", "ticket:*").build();

        @Test
        void sourceOutsideTheAllowedPatternsIsNewHighFinding() {
            Draft draft = draft("d-1")
                    .add(DANA, grant("erp.c"))
                    .sources("ticket:T-1", "web:pastebin.com/abc")
                    .build();

            Finding finding = only(analyze(base().build(), restricted, draft), RuleId.GOV_SOURCE_NOT_ALLOWED);

            assertNew(finding, Severity.HIGH);
            assertThat(finding.subject()).isEqualTo("web:pastebin.com/abc");
        }

        @Test
        void allowedSourcesAreFine() {
            Draft draft = draft("d-1")
                    .add(DANA, grant("erp.c"))
                    .sources("ticket:T-1", "snapshot:snap-1")
                    .build();

            assertNone(analyze(base().build(), restricted, draft), RuleId.GOV_SOURCE_NOT_ALLOWED);
        }
    }
}
