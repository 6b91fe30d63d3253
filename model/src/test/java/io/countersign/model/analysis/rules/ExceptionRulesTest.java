package io.countersign.model.analysis.rules;

import static io.countersign.model.analysis.fixtures.DraftBuilder.draft;
import static io.countersign.model.analysis.fixtures.Fixtures.OWNER;
import static io.countersign.model.analysis.fixtures.Fixtures.analyze;
import static io.countersign.model.analysis.fixtures.Fixtures.anyOf;
import static io.countersign.model.analysis.fixtures.Fixtures.assertNone;
import static io.countersign.model.analysis.fixtures.Fixtures.inDays;
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
import io.countersign.model.format.ExceptionRequest;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.MitigatingControl;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Severity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.SodRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exception drafts against rule SOD-P2P, which accepts control MC-REVIEW (valid all of 2025).
 * MC-OTHER is equally valid but not one of the rule's mitigations; MC-LATE starts next year.
 */
class ExceptionRulesTest {

    private static final Policy POLICY = policy().sod(new SodRule(
                    "SOD-P2P",
                    "Vendor vs payment",
                    Severity.HIGH,
                    anyOf("vendors", "erp.vendor.*"),
                    anyOf("payments", "erp.ap.*"),
                    List.of("MC-REVIEW", "MC-LATE")))
            .control(control("MC-REVIEW", "2025-01-01", "2025-12-31"))
            .control(control("MC-OTHER", "2025-01-01", "2025-12-31"))
            .control(control("MC-LATE", "2026-01-01", "2026-12-31"))
            .build();

    private static final Snapshot SNAPSHOT = new SnapshotBuilder()
            .human("u-dana", "Dana Kim")
            .identity(new Identity("u-left", "Lee Left", IdentityKind.HUMAN, null, null, null, null, "terminated"))
            .identity(nonHuman("svc-bot", IdentityKind.SERVICE_ACCOUNT, OWNER))
            .build();

    private static MitigatingControl control(String id, String from, String to) {
        return new MitigatingControl(id, id, OWNER, LocalDate.parse(from), LocalDate.parse(to));
    }

    private static ExceptionRequest exception(String owner, String control, Instant expiresAt) {
        return new ExceptionRequest("SOD-P2P", "u-dana", owner, control, expiresAt, "Quarter-end cover");
    }

    private static DraftAnalysis analyzeException(ExceptionRequest exception) {
        return analyze(SNAPSHOT, POLICY, draft("d-ex").exception(exception).build());
    }

    private static void assertNewHigh(Finding finding) {
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.status()).isEqualTo(FindingStatus.NEW);
        assertThat(finding.identities()).containsExactly("u-dana");
        assertThat(finding.subject()).isNotNull();
        assertThat(finding.references()).isNotEmpty();
    }

    @Test
    void exceptionWithOwnerExpiryAndValidControlHasNoExceptionFindings() {
        DraftAnalysis analysis = analyzeException(exception(OWNER, "MC-REVIEW", inDays(30)));

        assertThat(analysis.findings())
                .extracting(Finding::rule)
                .noneMatch(rule -> rule.group() == RuleGroup.EXCEPTION);
    }

    @Test
    void exceptionWithoutExpiryIsNewHighFinding() {
        assertNewHigh(only(analyzeException(exception(OWNER, "MC-REVIEW", null)), RuleId.EX_NO_EXPIRY));
    }

    @Test
    void exceptionWithExpiryIsFine() {
        assertNone(analyzeException(exception(OWNER, "MC-REVIEW", inDays(30))), RuleId.EX_NO_EXPIRY);
    }

    @ParameterizedTest(name = "owner {0}")
    @ValueSource(strings = {"", "u-nobody", "u-left", "svc-bot"})
    void exceptionWithoutActiveHumanOwnerIsNewHighFinding(String owner) {
        ExceptionRequest request = exception(owner.isEmpty() ? null : owner, "MC-REVIEW", inDays(30));

        assertNewHigh(only(analyzeException(request), RuleId.EX_NO_OWNER));
    }

    @Test
    void exceptionOwnedByActiveHumanIsFine() {
        assertNone(analyzeException(exception("u-dana", "MC-REVIEW", inDays(30))), RuleId.EX_NO_OWNER);
    }

    @Test
    void exceptionWithoutControlIsNewHighFindingAndNotAlsoInvalidControl() {
        DraftAnalysis analysis = analyzeException(exception(OWNER, null, inDays(30)));

        assertNewHigh(only(analysis, RuleId.EX_NO_CONTROL));
        assertNone(analysis, RuleId.EX_CONTROL_NOT_VALID);
    }

    @Test
    void exceptionWithControlHasNoMissingControlFinding() {
        assertNone(analyzeException(exception(OWNER, "MC-REVIEW", inDays(30))), RuleId.EX_NO_CONTROL);
    }

    static Stream<Arguments> invalidControls() {
        return Stream.of(
                Arguments.of("unknown to the policy", "MC-GHOST", inDays(30)),
                Arguments.of("not one of the rule's mitigations", "MC-OTHER", inDays(30)),
                Arguments.of("expires before the exception", "MC-REVIEW", Instant.parse("2026-01-01T00:00:00Z")),
                Arguments.of("starts after now", "MC-LATE", Instant.parse("2026-03-01T00:00:00Z")));
    }

    @ParameterizedTest(name = "control {0}")
    @MethodSource("invalidControls")
    void controlThatDoesNotCoverTheExceptionIsNewHighFinding(String why, String control, Instant expiresAt) {
        Finding finding = only(analyzeException(exception(OWNER, control, expiresAt)), RuleId.EX_CONTROL_NOT_VALID);

        assertNewHigh(finding);
        assertThat(finding.subject()).isEqualTo(control);
    }

    @Test
    void controlValidThroughTheLastSecondOfItsFinalDayCoversTheException() {
        ExceptionRequest request = exception(OWNER, "MC-REVIEW", Instant.parse("2025-12-31T23:59:59Z"));

        assertNone(analyzeException(request), RuleId.EX_CONTROL_NOT_VALID);
    }
}
