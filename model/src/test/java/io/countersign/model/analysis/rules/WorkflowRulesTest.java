package io.countersign.model.analysis.rules;

import static io.countersign.model.analysis.fixtures.DraftBuilder.draft;
import static io.countersign.model.analysis.fixtures.Fixtures.OWNER;
import static io.countersign.model.analysis.fixtures.Fixtures.analyze;
import static io.countersign.model.analysis.fixtures.Fixtures.assertNone;
import static io.countersign.model.analysis.fixtures.Fixtures.nonHuman;
import static io.countersign.model.analysis.fixtures.Fixtures.only;
import static io.countersign.model.analysis.fixtures.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.fixtures.SnapshotBuilder;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.finding.RuleGroup;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Condition;
import io.countersign.model.format.ConditionType;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Severity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.Workflow;
import io.countersign.model.format.WorkflowStep;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workflow-change rules. The current chain: manager (excludes the requester), owner (quorum 2, runs
 * the SoD check), security (role r-sec, held by a human only).
 */
class WorkflowRulesTest {

    private static final Policy POLICY = policy().build();
    private static final Condition EXCLUDE_REQUESTER = new Condition(ConditionType.EXCLUDE_REQUESTER, null);
    private static final Condition SOD_CHECK = new Condition(ConditionType.SOD_CHECK, null);
    private static final WorkflowStep MANAGER = new WorkflowStep("manager", "manager", 1, List.of(EXCLUDE_REQUESTER));
    private static final WorkflowStep OWNER_STEP =
            new WorkflowStep("owner", "entitlement-owner", 2, List.of(SOD_CHECK));
    private static final WorkflowStep SECURITY = new WorkflowStep("security", "role:r-sec", 1, List.of());

    private static Snapshot snapshot() {
        return new SnapshotBuilder()
                .human("u-sec", "Sam Security")
                .human("u-lee", "Lee Park")
                .identity(nonHuman("agent-approver", IdentityKind.AI_AGENT, OWNER))
                .identity(nonHuman("svc-bot", IdentityKind.SERVICE_ACCOUNT, OWNER))
                .role("r-sec", "Security reviewers")
                .role("r-auto", "Automated reviewers")
                .holdsRole("u-sec", "r-sec")
                .holdsRole("u-lee", "r-auto")
                .holdsRole("svc-bot", "r-auto")
                .workflow(chain(MANAGER, OWNER_STEP, SECURITY))
                .build();
    }

    private static Workflow chain(WorkflowStep... steps) {
        return new Workflow("wf-access", "Access requests", List.of(steps));
    }

    private static DraftAnalysis propose(WorkflowStep... steps) {
        return analyze(snapshot(), POLICY, draft("d-wf").workflow(chain(steps)).build());
    }

    private static Finding onlyAt(DraftAnalysis analysis, RuleId rule, String step, Severity severity) {
        Finding finding = only(analysis, rule);
        assertThat(finding.subject()).isEqualTo("wf-access/" + step);
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.status()).isEqualTo(FindingStatus.NEW);
        assertThat(finding.references()).isNotEmpty();
        return finding;
    }

    @Test
    void unchangedChainHasNoWorkflowFindings() {
        DraftAnalysis analysis = propose(MANAGER, OWNER_STEP, SECURITY);

        assertThat(analysis.findings()).extracting(Finding::rule).noneMatch(rule -> rule.group() == RuleGroup.WORKFLOW);
    }

    @Test
    void removedStepIsNewHighFinding() {
        onlyAt(propose(MANAGER, OWNER_STEP), RuleId.WF_STEP_REMOVED, "security", Severity.HIGH);
    }

    @Test
    void reorderingStepsRemovesNone() {
        DraftAnalysis analysis = propose(SECURITY, MANAGER, OWNER_STEP);

        assertNone(analysis, RuleId.WF_STEP_REMOVED);
    }

    @Test
    void renamingAStepCountsAsRemovingItBecauseStepsMatchByName() {
        WorkflowStep renamed =
                new WorkflowStep("security review", SECURITY.approver(), SECURITY.quorum(), SECURITY.conditions());

        onlyAt(propose(MANAGER, OWNER_STEP, renamed), RuleId.WF_STEP_REMOVED, "security", Severity.HIGH);
    }

    @Test
    void loweredQuorumIsNewHighFinding() {
        WorkflowStep lowered = new WorkflowStep("owner", "entitlement-owner", 1, List.of(SOD_CHECK));

        onlyAt(propose(MANAGER, lowered, SECURITY), RuleId.WF_QUORUM_LOWERED, "owner", Severity.HIGH);
    }

    @Test
    void raisedQuorumIsFine() {
        WorkflowStep raised = new WorkflowStep("owner", "entitlement-owner", 3, List.of(SOD_CHECK));

        assertNone(propose(MANAGER, raised, SECURITY), RuleId.WF_QUORUM_LOWERED);
    }

    @ParameterizedTest
    @EnumSource(
            value = ConditionType.class,
            names = {"AUTO_APPROVE", "BYPASS"})
    void gainedAutoApproveOrBypassIsNewHighFinding(ConditionType type) {
        WorkflowStep bypassed = new WorkflowStep("security", "role:r-sec", 1, List.of(new Condition(type, "low")));

        onlyAt(propose(MANAGER, OWNER_STEP, bypassed), RuleId.WF_AUTO_APPROVE_ADDED, "security", Severity.HIGH);
    }

    @ParameterizedTest
    @EnumSource(
            value = ConditionType.class,
            names = {"NOTIFY", "RISK_AT_LEAST", "SOD_CHECK"})
    void gainedHarmlessConditionIsFine(ConditionType type) {
        WorkflowStep notified = new WorkflowStep("security", "role:r-sec", 1, List.of(new Condition(type, "x")));

        assertNone(propose(MANAGER, OWNER_STEP, notified), RuleId.WF_AUTO_APPROVE_ADDED);
    }

    @Test
    void requesterBecomingTheApproverIsNewHighFinding() {
        WorkflowStep self = new WorkflowStep("security", "requester", 1, List.of());

        onlyAt(propose(MANAGER, OWNER_STEP, self), RuleId.WF_APPROVER_IS_REQUESTER, "security", Severity.HIGH);
    }

    @Test
    void droppingExcludeRequesterIsNewHighFinding() {
        WorkflowStep open = new WorkflowStep("manager", "manager", 1, List.of());

        onlyAt(propose(open, OWNER_STEP, SECURITY), RuleId.WF_APPROVER_IS_REQUESTER, "manager", Severity.HIGH);
    }

    @Test
    void changingTheApproverWhileKeepingExcludeRequesterIsFine() {
        WorkflowStep other = new WorkflowStep("manager", "system-owner", 1, List.of(EXCLUDE_REQUESTER));

        assertNone(propose(other, OWNER_STEP, SECURITY), RuleId.WF_APPROVER_IS_REQUESTER);
    }

    @ParameterizedTest(name = "approver {0}")
    @ValueSource(strings = {"identity:agent-approver", "identity:svc-bot", "role:r-auto"})
    void nonHumanApproverIsNewCriticalFinding(String approver) {
        WorkflowStep machine = new WorkflowStep("security", approver, 1, List.of());

        onlyAt(propose(MANAGER, OWNER_STEP, machine), RuleId.WF_NONHUMAN_APPROVER, "security", Severity.CRITICAL);
    }

    @ParameterizedTest(name = "approver {0}")
    @ValueSource(strings = {"identity:u-lee", "role:r-sec", "system-owner"})
    void humanApproverIsFine(String approver) {
        WorkflowStep human = new WorkflowStep("security", approver, 1, List.of());

        assertNone(propose(MANAGER, OWNER_STEP, human), RuleId.WF_NONHUMAN_APPROVER);
    }

    @Test
    void removingTheStepThatRunsTheSodCheckIsCriticalAndARemoval() {
        DraftAnalysis analysis = propose(MANAGER, SECURITY);

        onlyAt(analysis, RuleId.WF_SOD_CHECK_REMOVED, "owner", Severity.CRITICAL);
        onlyAt(analysis, RuleId.WF_STEP_REMOVED, "owner", Severity.HIGH);
    }

    @Test
    void droppingTheSodCheckConditionIsNewCriticalFinding() {
        WorkflowStep unchecked = new WorkflowStep("owner", "entitlement-owner", 2, List.of());

        onlyAt(propose(MANAGER, unchecked, SECURITY), RuleId.WF_SOD_CHECK_REMOVED, "owner", Severity.CRITICAL);
    }

    @Test
    void changingAStepThatKeepsItsSodCheckIsFine() {
        WorkflowStep stricter = new WorkflowStep(
                "owner", "system-owner", 3, List.of(SOD_CHECK, new Condition(ConditionType.NOTIFY, "ciso")));

        assertNone(propose(MANAGER, stricter, SECURITY), RuleId.WF_SOD_CHECK_REMOVED);
    }

    @Test
    void workflowDiffShowsEveryStepMatchedByName() {
        DraftAnalysis analysis = propose(MANAGER, SECURITY);

        assertThat(analysis.workflow().steps())
                .extracting(row -> row.name() + ":" + row.change())
                .containsExactlyInAnyOrder("owner:REMOVED", "manager:UNCHANGED", "security:UNCHANGED");
    }
}
