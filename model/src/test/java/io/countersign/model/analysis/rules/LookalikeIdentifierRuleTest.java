package io.countersign.model.analysis.rules;

import static io.countersign.model.analysis.fixtures.DraftBuilder.draft;
import static io.countersign.model.analysis.fixtures.Fixtures.OWNER;
import static io.countersign.model.analysis.fixtures.Fixtures.analyze;
import static io.countersign.model.analysis.fixtures.Fixtures.assertNone;
import static io.countersign.model.analysis.fixtures.Fixtures.grant;
import static io.countersign.model.analysis.fixtures.Fixtures.only;
import static io.countersign.model.analysis.fixtures.Fixtures.roleGrant;
import static io.countersign.model.analysis.fixtures.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.fixtures.SnapshotBuilder;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Draft;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Severity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.Workflow;
import io.countersign.model.format.WorkflowStep;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GOV-LOOKALIKE-ID: ids that read like one the snapshot knows, and ids a draft introduces that mix scripts. */
class LookalikeIdentifierRuleTest {

    /** u-dana with a Cyrillic а (U+0430) in place of the Latin a. */
    private static final String CYRILLIC_DANA = "u-d\u0430na";

    private static final Policy POLICY = policy().build();
    private static final Snapshot SNAPSHOT = new SnapshotBuilder()
            .human("u-dana", "Dana Ruiz")
            .human("u-dam", "Dam Osei")
            .human(OWNER, "Owner")
            .entitlement("erp.read")
            .entitlement("erp.admin")
            .role("r-finance", "Finance clerk", "erp.read")
            .build();

    private static DraftAnalysis analyzed(Draft draft) {
        return analyze(SNAPSHOT, POLICY, draft);
    }

    @Test
    void anIdentityThatLooksLikeAKnownOneIsAHighNewFindingSayingWhatItLooksLike() {
        Finding finding =
                only(analyzed(draft("d-1").add(CYRILLIC_DANA, grant("erp.read")).build()), RuleId.GOV_LOOKALIKE_ID);

        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.status()).isEqualTo(FindingStatus.NEW);
        assertThat(finding.summary())
                .isEqualTo(CYRILLIC_DANA + " looks like u-dana, Dana Ruiz; it contains a Cyrillic \u0430 (U+0430)");
        assertThat(finding.identities()).containsExactly(CYRILLIC_DANA);
        assertThat(finding.explanation()).contains("changes[].identity", "snapshot " + SnapshotBuilder.ID);
        assertThat(finding.remediation()).contains("u-dana");
        assertThat(finding.references()).contains("NIST SP 800-53 IA-4", "OWASP Agentic T9");
    }

    @Test
    void aLookalikeWrittenInPlainLatinLettersIsFoundToo() {
        Finding finding = only(analyzed(draft("d-1").requester("u-darn").build()), RuleId.GOV_LOOKALIKE_ID);

        assertThat(finding.summary()).startsWith("u-darn looks like u-dam, Dam Osei; it contains a Latin r (U+0072)");
    }

    @Test
    void anIdentityTheDraftCreatesUnderALookalikeIdIsFound() {
        Draft draft = draft("d-1")
                .create(
                        CYRILLIC_DANA,
                        new IdentityChange.NewIdentity(
                                "Dana Ruiz", IdentityKind.SERVICE_ACCOUNT, OWNER, null, null, null))
                .add(CYRILLIC_DANA, grant("erp.read"))
                .build();

        assertThat(only(analyzed(draft), RuleId.GOV_LOOKALIKE_ID).explanation()).contains("changes[].create");
    }

    @Test
    void anEntitlementThatLooksLikeAKnownOneIsFound() {
        String cyrillicAdmin = "erp.\u0430dmin";

        Finding finding =
                only(analyzed(draft("d-1").add("u-dana", grant(cyrillicAdmin)).build()), RuleId.GOV_LOOKALIKE_ID);

        assertThat(finding.summary()).startsWith(cyrillicAdmin + " looks like erp.admin;");
        assertThat(finding.entitlements()).containsExactly(cyrillicAdmin);
    }

    @Test
    void aRoleThatLooksLikeAKnownOneIsFoundWithItsName() {
        String greekFinance = "r-fin\u03b1nce"; // Greek alpha

        Finding finding = only(
                analyzed(draft("d-1").add("u-dana", roleGrant(greekFinance)).build()), RuleId.GOV_LOOKALIKE_ID);

        assertThat(finding.summary())
                .isEqualTo(greekFinance + " looks like r-finance, Finance clerk; it contains a Greek \u03b1 (U+03B1)");
        assertThat(finding.roles()).containsExactly(greekFinance);
    }

    @Test
    void aWorkflowApproverThatLooksLikeAKnownIdentityIsFound() {
        Workflow workflow = new Workflow(
                "wf-1", "Access", List.of(new WorkflowStep("manager", "identity:" + CYRILLIC_DANA, 1, List.of())));

        Finding finding = only(analyzed(draft("d-1").workflow(workflow).build()), RuleId.GOV_LOOKALIKE_ID);

        assertThat(finding.explanation()).contains("workflow.steps[manager].approver");
    }

    @Test
    void aMixedScriptIdThatLooksLikeNothingKnownIsAMediumFindingNamingTheScripts() {
        String mixed = "u-b\u043erys"; // Cyrillic о

        Finding finding = only(analyzed(draft("d-1").requester(mixed).build()), RuleId.GOV_LOOKALIKE_ID);

        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.summary())
                .isEqualTo(mixed + " mixes Latin and Cyrillic letters; it contains a Cyrillic \u043e (U+043E)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"u-dana", "u-someone-new", "u-\u7530\u4e2d-\u3072\u308d\u3057", "u-\u30c0\u30ca"})
    void knownIdsAndSingleScriptNewIdsAreNotFound(String id) {
        assertNone(
                analyzed(draft("d-1")
                        .requester(id)
                        .add("u-dana", grant("erp.read"))
                        .build()),
                RuleId.GOV_LOOKALIKE_ID);
    }

    @Test
    void aKnownIdIsNotFoundEvenWhenItMixesScripts() {
        Snapshot snapshot =
                new SnapshotBuilder().human(CYRILLIC_DANA, "Dana Ruiz").build();

        assertNone(
                analyze(snapshot, POLICY, draft("d-1").requester(CYRILLIC_DANA).build()), RuleId.GOV_LOOKALIKE_ID);
    }

    @Test
    void anIdNamedTwiceIsFoundOnce() {
        Draft draft = draft("d-1")
                .requester(CYRILLIC_DANA)
                .initiatedBy(CYRILLIC_DANA)
                .add(CYRILLIC_DANA, grant("erp.read"))
                .build();

        assertThat(analyzed(draft).findings())
                .filteredOn(f -> f.rule() == RuleId.GOV_LOOKALIKE_ID)
                .hasSize(1);
    }
}
