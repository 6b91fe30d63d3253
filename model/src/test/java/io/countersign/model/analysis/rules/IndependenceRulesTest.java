package io.countersign.model.analysis.rules;

import static io.countersign.model.analysis.fixtures.DraftBuilder.draft;
import static io.countersign.model.analysis.fixtures.Fixtures.OWNER;
import static io.countersign.model.analysis.fixtures.Fixtures.analyze;
import static io.countersign.model.analysis.fixtures.Fixtures.analyzeFor;
import static io.countersign.model.analysis.fixtures.Fixtures.assertNone;
import static io.countersign.model.analysis.fixtures.Fixtures.grant;
import static io.countersign.model.analysis.fixtures.Fixtures.nonHuman;
import static io.countersign.model.analysis.fixtures.Fixtures.only;
import static io.countersign.model.analysis.fixtures.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.fixtures.DraftBuilder;
import io.countersign.model.analysis.fixtures.SnapshotBuilder;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.finding.RuleGroup;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Severity;
import io.countersign.model.format.Snapshot;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Independence rules for a named approver. The draft: requester u-req asks for erp.a (system erp)
 * for Dana; u-lee is an independent, active human.
 */
class IndependenceRulesTest {

    private static final String DANA = "u-dana";
    private static final String LEE = "u-lee";
    private static final Policy POLICY = policy().build();
    private static final Snapshot SNAPSHOT = new SnapshotBuilder()
            .human(DANA, "Dana Kim")
            .human(LEE, "Lee Park")
            .human("u-req", "Riley Request")
            .human("u-ed", "Eddie Editor")
            .identity(new Identity("u-left", "Lee Left", IdentityKind.HUMAN, null, null, null, null, "terminated"))
            .identity(nonHuman("agent-1", IdentityKind.AI_AGENT, OWNER))
            .entitlement("erp.a")
            .entitlement("bank.pay")
            .build();

    private static DraftBuilder request() {
        return draft("d-1").add(DANA, grant("erp.a"));
    }

    private static void assertBlocking(Finding finding, String approver) {
        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding.status()).isEqualTo(FindingStatus.NEW);
        assertThat(finding.identities()).containsExactly(approver);
        assertThat(finding.references()).isNotEmpty();
    }

    @Test
    void independentActiveHumanInDomainHasNoIndependenceFindings() {
        Policy domains = policy().domain(LEE, "erp").build();

        DraftAnalysis analysis = analyzeFor(SNAPSHOT, domains, request().build(), LEE, "u-other");

        assertThat(analysis.findings())
                .extracting(Finding::rule)
                .noneMatch(rule -> rule.group() == RuleGroup.INDEPENDENCE);
        assertThat(analysis.blocked()).isFalse();
    }

    @Test
    void withoutANamedApproverNoIndependenceRuleRuns() {
        DraftAnalysis analysis =
                analyze(SNAPSHOT, POLICY, request().requester(DANA).build());

        assertThat(analysis.blocked()).isFalse();
    }

    static Stream<Arguments> involvedPeople() {
        return Stream.<Arguments>of(
                Arguments.of("the requester", (UnaryOperator<DraftBuilder>) d -> d.requester(LEE)),
                Arguments.of("the initiator", (UnaryOperator<DraftBuilder>) d -> d.initiatedBy(LEE)),
                Arguments.of("in requestedFor", (UnaryOperator<DraftBuilder>) d -> d.requestedFor(LEE)),
                Arguments.of("whose access changes", (UnaryOperator<DraftBuilder>) d -> d.add(LEE, grant("erp.a"))),
                Arguments.of("an editor", (UnaryOperator<DraftBuilder>) d -> d.editedBy(LEE)));
    }

    @ParameterizedTest(name = "approver is {0}")
    @MethodSource("involvedPeople")
    void approverInvolvedInTheDraftIsBlocked(String role, UnaryOperator<DraftBuilder> involve) {
        DraftAnalysis analysis =
                analyzeFor(SNAPSHOT, POLICY, involve.apply(request()).build(), LEE);

        assertBlocking(only(analysis, RuleId.IND_SELF_APPROVAL), LEE);
        assertThat(analysis.blocked()).isTrue();
    }

    @Test
    void independentApproverIsNotSelfApproving() {
        assertNone(analyzeFor(SNAPSHOT, POLICY, request().build(), LEE), RuleId.IND_SELF_APPROVAL);
    }

    @ParameterizedTest(name = "approver {0}")
    @ValueSource(strings = {"u-nobody", "u-left", "agent-1"})
    void approverWhoIsNotAnActiveHumanIsBlocked(String approver) {
        assertBlocking(only(analyzeFor(SNAPSHOT, POLICY, request().build(), approver), RuleId.IND_NOT_HUMAN), approver);
    }

    @Test
    void activeHumanApproverIsFine() {
        assertNone(analyzeFor(SNAPSHOT, POLICY, request().build(), LEE), RuleId.IND_NOT_HUMAN);
    }

    @Test
    void approverWhoseDomainMissesATouchedSystemIsBlocked() {
        Policy domains = policy().domain(LEE, "erp").build();
        Draft both = request().add(DANA, grant("bank.pay")).build();

        Finding finding = only(analyzeFor(SNAPSHOT, domains, both, LEE), RuleId.IND_OUTSIDE_DOMAIN);

        assertBlocking(finding, LEE);
        assertThat(finding.summary()).contains("bank");
    }

    @Test
    void approverWithoutAnyDomainIsBlockedWhenDomainsAreDefined() {
        Policy domains = policy().domain("u-other", "erp").build();

        assertBlocking(only(analyzeFor(SNAPSHOT, domains, request().build(), LEE), RuleId.IND_OUTSIDE_DOMAIN), LEE);
    }

    @ParameterizedTest(name = "domain {0}")
    @ValueSource(strings = {"erp", "*"})
    void approverWhoseDomainCoversEveryTouchedSystemIsFine(String system) {
        Policy domains = policy().domain(LEE, system).build();

        assertNone(analyzeFor(SNAPSHOT, domains, request().build(), LEE), RuleId.IND_OUTSIDE_DOMAIN);
    }

    @Test
    void noDomainsInThePolicyMeansNoRestriction() {
        assertNone(
                analyzeFor(
                        SNAPSHOT, POLICY, request().add(DANA, grant("bank.pay")).build(), LEE),
                RuleId.IND_OUTSIDE_DOMAIN);
    }

    @Test
    void approverWhoAlreadyApprovedThisRevisionIsBlocked() {
        assertBlocking(
                only(analyzeFor(SNAPSHOT, POLICY, request().build(), LEE, LEE), RuleId.IND_DUPLICATE_APPROVER), LEE);
    }

    @Test
    void approverAfterSomeoneElseIsNotADuplicate() {
        assertNone(analyzeFor(SNAPSHOT, POLICY, request().build(), LEE, "u-other"), RuleId.IND_DUPLICATE_APPROVER);
    }
}
