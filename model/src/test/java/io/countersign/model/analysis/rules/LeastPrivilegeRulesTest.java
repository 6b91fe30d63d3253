package io.countersign.model.analysis.rules;

import static io.countersign.model.analysis.fixtures.DraftBuilder.draft;
import static io.countersign.model.analysis.fixtures.Fixtures.OWNER;
import static io.countersign.model.analysis.fixtures.Fixtures.analyze;
import static io.countersign.model.analysis.fixtures.Fixtures.assertNone;
import static io.countersign.model.analysis.fixtures.Fixtures.daysAgo;
import static io.countersign.model.analysis.fixtures.Fixtures.grant;
import static io.countersign.model.analysis.fixtures.Fixtures.inDays;
import static io.countersign.model.analysis.fixtures.Fixtures.member;
import static io.countersign.model.analysis.fixtures.Fixtures.nonHuman;
import static io.countersign.model.analysis.fixtures.Fixtures.only;
import static io.countersign.model.analysis.fixtures.Fixtures.roleGrant;
import static io.countersign.model.analysis.fixtures.Fixtures.scoped;
import static io.countersign.model.analysis.fixtures.PolicyBuilder.policy;
import static io.countersign.model.analysis.fixtures.SnapshotBuilder.entitlementSpec;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.Holding;
import io.countersign.model.analysis.fixtures.SnapshotBuilder;
import io.countersign.model.finding.Evidence;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.CredentialRequest;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Sensitivity;
import io.countersign.model.format.Severity;
import io.countersign.model.format.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The least-privilege rules of docs/findings.md, each with the case that fires and the near miss that must not. */
class LeastPrivilegeRulesTest {

    private static final String DANA = "u-dana";
    private static final Policy POLICY = policy().build();

    private static SnapshotBuilder dana() {
        return new SnapshotBuilder().human(DANA, "Dana Kim");
    }

    private static void assertFinding(
            Finding finding, Severity severity, FindingStatus status, String identity, String entitlement) {
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.status()).isEqualTo(status);
        assertThat(finding.identities()).containsExactly(identity);
        assertThat(finding.entitlements()).containsExactly(entitlement);
        assertThat(finding.references()).isNotEmpty();
    }

    @Nested
    class WildcardScope {

        @ParameterizedTest(name = "scope \"{0}\"")
        @ValueSource(strings = {"*", "read, *", "read *", "  *  ", "a,*,b"})
        void wildcardScopeOnNewGrantIsNewHighFinding(String scope) {
            Snapshot snapshot = dana().entitlement("aws.s3.read").build();

            DraftAnalysis analysis = analyze(
                    snapshot,
                    POLICY,
                    draft("d-1").add(DANA, scoped("aws.s3.read", scope)).build());

            Finding finding = only(analysis, RuleId.LP_WILDCARD_SCOPE);
            assertFinding(finding, Severity.HIGH, FindingStatus.NEW, DANA, "aws.s3.read");
            assertThat(finding.evidence()).containsExactly(new Evidence(DANA, "aws.s3.read", "direct"));
            assertThat(finding.roles()).isEmpty();
        }

        @ParameterizedTest(name = "scope \"{0}\"")
        @ValueSource(strings = {"arn:aws:s3:::bucket/prefix/*", "projects/*", "*.example.com", "read:*", "**"})
        void scopeThatOnlyContainsAStarIsNotAWildcard(String scope) {
            Snapshot snapshot = dana().entitlement("aws.s3.read").build();

            DraftAnalysis analysis = analyze(
                    snapshot,
                    POLICY,
                    draft("d-1").add(DANA, scoped("aws.s3.read", scope)).build());

            assertNone(analysis, RuleId.LP_WILDCARD_SCOPE);
        }

        @Test
        void entitlementsOwnWildcardScopeHeldThroughRoleNamesTheRole() {
            Snapshot snapshot = dana().entitlement(
                            entitlementSpec("aws.s3.read").scope("*"))
                    .role("r-cloud", "Cloud engineer", "aws.s3.read")
                    .build();

            DraftAnalysis analysis = analyze(
                    snapshot,
                    POLICY,
                    draft("d-1").add(DANA, roleGrant("r-cloud")).build());

            Finding finding = only(analysis, RuleId.LP_WILDCARD_SCOPE);
            assertFinding(finding, Severity.HIGH, FindingStatus.NEW, DANA, "aws.s3.read");
            assertThat(finding.roles()).containsExactly("r-cloud");
            assertThat(finding.evidence()).extracting(Evidence::path).containsExactly("via role r-cloud");
        }

        @Test
        void assignmentScopeNarrowingAWildcardEntitlementIsNotAWildcard() {
            Snapshot snapshot = dana().entitlement(
                            entitlementSpec("aws.s3.read").scope("*"))
                    .build();

            DraftAnalysis analysis = analyze(
                    snapshot,
                    POLICY,
                    draft("d-1")
                            .add(DANA, scoped("aws.s3.read", "arn:aws:s3:::bucket/prefix/*"))
                            .build());

            assertNone(analysis, RuleId.LP_WILDCARD_SCOPE);
        }

        @Test
        void wildcardFromAnotherPendingDraftIsCumulative() {
            Snapshot snapshot =
                    dana().entitlement("aws.s3.read").entitlement("erp.view").build();
            Draft pending =
                    draft("d-pending").add(DANA, scoped("aws.s3.read", "*")).build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add(DANA, grant("erp.view")).build(),
                            List.of(pending)),
                    RuleId.LP_WILDCARD_SCOPE);

            assertFinding(finding, Severity.HIGH, FindingStatus.CUMULATIVE, DANA, "aws.s3.read");
        }

        @Test
        void wildcardCredentialScopeIsAFinding() {
            Snapshot snapshot = new SnapshotBuilder()
                    .identity(nonHuman("svc-etl", IdentityKind.SERVICE_ACCOUNT, OWNER))
                    .build();
            Draft draft = draft("d-1")
                    .credential(new CredentialRequest("svc-etl", List.of("storage.read", "*"), Duration.ofDays(30)))
                    .build();

            Finding finding = only(analyze(snapshot, POLICY, draft), RuleId.LP_WILDCARD_SCOPE);

            assertThat(finding.identities()).containsExactly("svc-etl");
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
            assertThat(finding.status()).isEqualTo(FindingStatus.NEW);
        }

        @Test
        void narrowCredentialScopesAreFine() {
            Snapshot snapshot = new SnapshotBuilder()
                    .identity(nonHuman("svc-etl", IdentityKind.SERVICE_ACCOUNT, OWNER))
                    .build();
            Draft draft = draft("d-1")
                    .credential(new CredentialRequest(
                            "svc-etl", List.of("storage.read", "arn:aws:s3:::bucket/prefix/*"), Duration.ofDays(30)))
                    .build();

            assertNone(analyze(snapshot, POLICY, draft), RuleId.LP_WILDCARD_SCOPE);
        }
    }

    @Nested
    class CriticalEntitlement {
        private final Policy critical =
                policy().critical("iam.*", "erp.gl.close").build();

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"iam.root", "erp.gl.close"})
        void addingACriticalEntitlementIsNewHighFinding(String entitlement) {
            Snapshot snapshot = dana().entitlement(entitlement).build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            critical,
                            draft("d-1").add(DANA, grant(entitlement)).build()),
                    RuleId.LP_CRITICAL_ENTITLEMENT);

            assertFinding(finding, Severity.HIGH, FindingStatus.NEW, DANA, entitlement);
        }

        @Test
        void entitlementOutsideTheCriticalListIsFine() {
            Snapshot snapshot = dana().entitlement("erp.gl.view").build();

            assertNone(
                    analyze(
                            snapshot,
                            critical,
                            draft("d-1").add(DANA, grant("erp.gl.view")).build()),
                    RuleId.LP_CRITICAL_ENTITLEMENT);
        }
    }

    @Nested
    class PrivilegedDuration {
        private Snapshot privileged() {
            return dana().entitlement(entitlementSpec("aws.admin").sensitivity(Sensitivity.PRIVILEGED))
                    .role("r-ops", "Operations", "aws.admin")
                    .build();
        }

        @Test
        void privilegedGrantWithoutExpiryIsNewHighFinding() {
            Finding finding = only(
                    analyze(
                            privileged(),
                            POLICY,
                            draft("d-1").add(DANA, grant("aws.admin")).build()),
                    RuleId.LP_PRIVILEGED_DURATION);

            assertFinding(finding, Severity.HIGH, FindingStatus.NEW, DANA, "aws.admin");
            assertThat(finding.summary()).contains("no expiry");
        }

        @ParameterizedTest(name = "expiry in {0} days fires: {1}")
        @CsvSource({"10, false", "90, false", "91, true", "365, true"})
        void privilegedExpiryIsMeasuredAgainstTheMaximum(long days, boolean fires) {
            DraftAnalysis analysis = analyze(
                    privileged(),
                    POLICY,
                    draft("d-1").add(DANA, grant("aws.admin", inDays(days))).build());

            if (fires) {
                assertFinding(
                        only(analysis, RuleId.LP_PRIVILEGED_DURATION),
                        Severity.HIGH,
                        FindingStatus.NEW,
                        DANA,
                        "aws.admin");
            } else {
                assertNone(analysis, RuleId.LP_PRIVILEGED_DURATION);
            }
        }

        @Test
        void privilegedEntitlementAddedThroughRoleNamesTheRole() {
            Finding finding = only(
                    analyze(
                            privileged(),
                            POLICY,
                            draft("d-1").add(DANA, roleGrant("r-ops")).build()),
                    RuleId.LP_PRIVILEGED_DURATION);

            assertThat(finding.roles()).containsExactly("r-ops");
            assertThat(finding.evidence()).extracting(Evidence::path).containsExactly("via role r-ops");
        }

        @Test
        void extendingHeldPrivilegedGrantBeyondTheMaximumIsAFinding() {
            Snapshot snapshot = dana().entitlement(entitlementSpec("aws.admin").sensitivity(Sensitivity.PRIVILEGED))
                    .holds(DANA, "aws.admin", daysAgo(5), inDays(5), daysAgo(1))
                    .build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1")
                                    .add(DANA, grant("aws.admin", inDays(200)))
                                    .build()),
                    RuleId.LP_PRIVILEGED_DURATION);

            assertFinding(finding, Severity.HIGH, FindingStatus.NEW, DANA, "aws.admin");
        }

        @Test
        void nonPrivilegedGrantWithoutExpiryIsFine() {
            Snapshot snapshot = dana().entitlement(entitlementSpec("aws.view").sensitivity(Sensitivity.HIGH))
                    .build();

            assertNone(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add(DANA, grant("aws.view")).build()),
                    RuleId.LP_PRIVILEGED_DURATION);
        }
    }

    @Nested
    class WiderThanRequest {
        private Snapshot snapshot() {
            return dana().entitlement(entitlementSpec("erp.ap.view").sensitivity(Sensitivity.LOW))
                    .entitlement(entitlementSpec("erp.ap.note").sensitivity(Sensitivity.MEDIUM))
                    .entitlement(entitlementSpec("erp.ap.pay").sensitivity(Sensitivity.HIGH))
                    .role("r-ap", "AP clerk", "erp.ap.view", "erp.ap.note")
                    .build();
        }

        @Test
        void sensitiveEntitlementBeyondTheRequestIsHighFinding() {
            Draft draft = draft("d-1")
                    .requestFor("erp.ap.view")
                    .add(DANA, grant("erp.ap.view"), grant("erp.ap.pay"))
                    .build();

            Finding finding = only(analyze(snapshot(), POLICY, draft), RuleId.LP_WIDER_THAN_REQUEST);

            assertFinding(finding, Severity.HIGH, FindingStatus.NEW, DANA, "erp.ap.pay");
        }

        @Test
        void onlyLowOrMediumExtrasMakeItMedium() {
            Draft draft = draft("d-1")
                    .requestFor("erp.ap.view")
                    .add(DANA, grant("erp.ap.view"), grant("erp.ap.note"))
                    .build();

            Finding finding = only(analyze(snapshot(), POLICY, draft), RuleId.LP_WIDER_THAN_REQUEST);

            assertFinding(finding, Severity.MEDIUM, FindingStatus.NEW, DANA, "erp.ap.note");
        }

        @Test
        void requestedRoleCoversItsEntitlements() {
            Draft draft = draft("d-1")
                    .requestFor("r-ap")
                    .add(DANA, grant("erp.ap.view"), grant("erp.ap.note"))
                    .build();

            assertNone(analyze(snapshot(), POLICY, draft), RuleId.LP_WIDER_THAN_REQUEST);
        }

        @Test
        void addedRoleIsCoveredByRequestedEntitlements() {
            Draft draft = draft("d-1")
                    .requestFor("erp.ap.view", "erp.ap.note")
                    .add(DANA, roleGrant("r-ap"))
                    .build();

            assertNone(analyze(snapshot(), POLICY, draft), RuleId.LP_WIDER_THAN_REQUEST);
        }

        @Test
        void grantOutlastingTheRequestedDateIsHighFinding() {
            Draft draft = draft("d-1")
                    .requestFor("erp.ap.view")
                    .requestUntil(inDays(14))
                    .add(DANA, grant("erp.ap.view", inDays(60)))
                    .build();

            Finding finding = only(analyze(snapshot(), POLICY, draft), RuleId.LP_WIDER_THAN_REQUEST);

            assertFinding(finding, Severity.HIGH, FindingStatus.NEW, DANA, "erp.ap.view");
        }

        @Test
        void grantWithoutExpiryOutlastsTheRequestedDate() {
            Draft draft = draft("d-1")
                    .requestUntil(inDays(14))
                    .add(DANA, grant("erp.ap.view"))
                    .build();

            assertThat(only(analyze(snapshot(), POLICY, draft), RuleId.LP_WIDER_THAN_REQUEST)
                            .severity())
                    .isEqualTo(Severity.HIGH);
        }

        @Test
        void grantEndingBeforeTheRequestedDateIsFine() {
            Draft draft = draft("d-1")
                    .requestFor("erp.ap.view")
                    .requestUntil(inDays(14))
                    .add(DANA, grant("erp.ap.view", inDays(7)))
                    .build();

            assertNone(analyze(snapshot(), POLICY, draft), RuleId.LP_WIDER_THAN_REQUEST);
        }

        @Test
        void freeTextRequestIsNotCompared() {
            Draft draft = draft("d-1").add(DANA, grant("erp.ap.pay")).build();

            assertNone(analyze(snapshot(), POLICY, draft), RuleId.LP_WIDER_THAN_REQUEST);
        }
    }

    @Nested
    class PeerOutlier {

        static Stream<Arguments> peerTable() {
            return Stream.of(
                    // active peers, peers holding it, inactive peers holding it, threshold, fires
                    Arguments.of(4, 0, 0, 0.1, true),
                    Arguments.of(10, 0, 0, 0.1, true),
                    Arguments.of(4, 1, 0, 0.3, true),
                    Arguments.of(10, 1, 0, 0.1, false),
                    Arguments.of(4, 1, 0, 0.2, false),
                    Arguments.of(2, 0, 0, 0.1, false),
                    Arguments.of(2, 0, 3, 0.1, false),
                    Arguments.of(3, 0, 0, 0.1, true));
        }

        @ParameterizedTest(name = "{0} peers, {1} holding, {2} inactive, below {3}: fires {4}")
        @MethodSource("peerTable")
        void entitlementFewPeersHoldIsAnOutlier(int peers, int holding, int inactive, double threshold, boolean fires) {
            SnapshotBuilder builder =
                    new SnapshotBuilder().identity(member(DANA, "finance")).entitlement("erp.gl.post");
            IntStream.range(0, peers).forEach(i -> {
                builder.identity(member("u-peer" + i, "finance"));
                if (i < holding) {
                    builder.holds("u-peer" + i, "erp.gl.post");
                }
            });
            IntStream.range(0, inactive)
                    .forEach(i -> builder.identity(new Identity(
                            "u-gone" + i, "Gone", IdentityKind.HUMAN, "finance", null, null, null, "terminated")));
            Policy policy = policy().peerOutlierBelow(threshold).build();

            DraftAnalysis analysis = analyze(
                    builder.build(),
                    policy,
                    draft("d-1").add(DANA, grant("erp.gl.post")).build());

            if (fires) {
                Finding finding = only(analysis, RuleId.LP_PEER_OUTLIER);
                assertFinding(finding, Severity.MEDIUM, FindingStatus.NEW, DANA, "erp.gl.post");
            } else {
                assertNone(analysis, RuleId.LP_PEER_OUTLIER);
            }
        }
    }

    @Nested
    class DormantAccess {
        private Snapshot dormant(Instant lastUsedAt) {
            return dana().entitlement("erp.old")
                    .entitlement("erp.new")
                    .holds(DANA, "erp.old", daysAgo(400), null, lastUsedAt)
                    .build();
        }

        @Test
        void renewingADormantGrantIsNewMediumFinding() {
            Draft draft = draft("d-1").add(DANA, grant("erp.old", inDays(30))).build();

            Finding finding = only(analyze(dormant(daysAgo(200)), POLICY, draft), RuleId.LP_DORMANT_ACCESS);

            assertFinding(finding, Severity.MEDIUM, FindingStatus.NEW, DANA, "erp.old");
        }

        @Test
        void keepingADormantGrantWhileChangingOtherAccessIsLowPreExisting() {
            Draft draft = draft("d-1").add(DANA, grant("erp.new")).build();

            Finding finding = only(analyze(dormant(daysAgo(200)), POLICY, draft), RuleId.LP_DORMANT_ACCESS);

            assertFinding(finding, Severity.LOW, FindingStatus.PRE_EXISTING, DANA, "erp.old");
        }

        @Test
        void neverUsedGrantOlderThanTheLimitIsDormant() {
            Draft draft = draft("d-1").add(DANA, grant("erp.old", inDays(30))).build();

            assertThat(only(analyze(dormant(null), POLICY, draft), RuleId.LP_DORMANT_ACCESS)
                            .status())
                    .isEqualTo(FindingStatus.NEW);
        }

        @Test
        void removingTheDormantGrantIsFine() {
            Draft draft = draft("d-1")
                    .remove(DANA, grant("erp.old"))
                    .add(DANA, grant("erp.new"))
                    .build();

            assertNone(analyze(dormant(daysAgo(200)), POLICY, draft), RuleId.LP_DORMANT_ACCESS);
        }

        @Test
        void recentlyUsedGrantIsNotDormant() {
            Draft draft = draft("d-1").add(DANA, grant("erp.old", inDays(30))).build();

            assertNone(analyze(dormant(daysAgo(10)), POLICY, draft), RuleId.LP_DORMANT_ACCESS);
        }

        @Test
        void recentlyGrantedNeverUsedGrantIsNotDormant() {
            Snapshot snapshot = dana().entitlement("erp.old")
                    .holds(DANA, "erp.old", daysAgo(30), null, null)
                    .build();

            assertNone(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add(DANA, grant("erp.old", inDays(30))).build()),
                    RuleId.LP_DORMANT_ACCESS);
        }
    }

    @Nested
    class UnknownEntitlement {

        @Test
        void addingAnUnknownEntitlementIsNewHighFindingAndStillShowsItsRow() {
            Snapshot snapshot = dana().build();

            DraftAnalysis analysis = analyze(
                    snapshot,
                    POLICY,
                    draft("d-1").add(DANA, grant("erp.made-up")).build());

            assertFinding(
                    only(analysis, RuleId.LP_UNKNOWN_ENTITLEMENT),
                    Severity.HIGH,
                    FindingStatus.NEW,
                    DANA,
                    "erp.made-up");
            AccessRow row = analysis.identities().getFirst().row(new Holding.Key("erp.made-up", null));
            assertThat(row.change()).isEqualTo(AccessRow.Change.ADDED);
            assertThat(new AccessCatalog(snapshot).systemOf(row.entitlement())).isEqualTo("unknown");
        }

        @Test
        void addingAnUnknownRoleNamesTheRole() {
            Finding finding = only(
                    analyze(
                            dana().build(),
                            POLICY,
                            draft("d-1").add(DANA, roleGrant("r-ghost")).build()),
                    RuleId.LP_UNKNOWN_ENTITLEMENT);

            assertThat(finding.roles()).containsExactly("r-ghost");
            assertThat(finding.entitlements()).isEmpty();
        }

        @Test
        void removingAnUnknownEntitlementIsAFinding() {
            Finding finding = only(
                    analyze(
                            dana().build(),
                            POLICY,
                            draft("d-1").remove(DANA, grant("erp.made-up")).build()),
                    RuleId.LP_UNKNOWN_ENTITLEMENT);

            assertThat(finding.evidence()).extracting(Evidence::path).containsExactly("remove");
        }

        @Test
        void knownEntitlementIsFine() {
            Snapshot snapshot = dana().entitlement("erp.ap.view")
                    .role("r-ap", "AP", "erp.ap.view")
                    .build();

            assertNone(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1")
                                    .add(DANA, grant("erp.ap.view"), roleGrant("r-ap"))
                                    .build()),
                    RuleId.LP_UNKNOWN_ENTITLEMENT);
        }
    }

    @Nested
    class EscalationPath {

        @Test
        void entitlementThatGrantsAccessIsNewHighFinding() {
            Snapshot snapshot = dana().entitlement(entitlementSpec("iam.grant").grantsAccess())
                    .build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add(DANA, grant("iam.grant")).build()),
                    RuleId.LP_ESCALATION_PATH);

            assertFinding(finding, Severity.HIGH, FindingStatus.NEW, DANA, "iam.grant");
        }

        @Test
        void redatingAHeldEscalationGrantReportsItPreExisting() {
            Snapshot snapshot = dana().entitlement(entitlementSpec("iam.grant").grantsAccess())
                    .holds(DANA, "iam.grant")
                    .build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1")
                                    .add(DANA, grant("iam.grant", inDays(5)))
                                    .build()),
                    RuleId.LP_ESCALATION_PATH);

            assertFinding(finding, Severity.HIGH, FindingStatus.PRE_EXISTING, DANA, "iam.grant");
        }

        @Test
        void removingTheEscalationGrantResolvesIt() {
            Snapshot snapshot = dana().entitlement(entitlementSpec("iam.grant").grantsAccess())
                    .holds(DANA, "iam.grant")
                    .build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").remove(DANA, grant("iam.grant")).build()),
                    RuleId.LP_ESCALATION_PATH);

            assertFinding(finding, Severity.HIGH, FindingStatus.RESOLVED, DANA, "iam.grant");
        }

        @Test
        void ordinaryEntitlementIsNoEscalationPath() {
            Snapshot snapshot = dana().entitlement("iam.view").build();

            assertNone(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add(DANA, grant("iam.view")).build()),
                    RuleId.LP_ESCALATION_PATH);
        }
    }

    @Nested
    class NonHumanHumanOnly {

        @ParameterizedTest
        @EnumSource(value = IdentityKind.class, names = "HUMAN", mode = EnumSource.Mode.EXCLUDE)
        void nonHumanHoldingHumanOnlyEntitlementIsNewCriticalFinding(IdentityKind kind) {
            Snapshot snapshot = new SnapshotBuilder()
                    .identity(nonHuman("nhi-1", kind, OWNER))
                    .entitlement(entitlementSpec("erp.ap.approve").humanOnly())
                    .build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add("nhi-1", grant("erp.ap.approve")).build()),
                    RuleId.LP_NHI_HUMAN_ONLY);

            assertFinding(finding, Severity.CRITICAL, FindingStatus.NEW, "nhi-1", "erp.ap.approve");
        }

        @Test
        void humanHoldingHumanOnlyEntitlementIsFine() {
            Snapshot snapshot = dana().entitlement(
                            entitlementSpec("erp.ap.approve").humanOnly())
                    .build();

            assertNone(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add(DANA, grant("erp.ap.approve")).build()),
                    RuleId.LP_NHI_HUMAN_ONLY);
        }
    }

    @Nested
    class NonHumanOwner {

        static Stream<Arguments> badOwners() {
            return Stream.of(
                    Arguments.of("no owner", null),
                    Arguments.of("owner not in snapshot", "u-nobody"),
                    Arguments.of("owner has left", "u-left"),
                    Arguments.of("owner is a service account", "svc-other"));
        }

        private SnapshotBuilder owners() {
            return new SnapshotBuilder()
                    .entitlement("erp.read")
                    .identity(new Identity(
                            "u-left", "Lee Left", IdentityKind.HUMAN, null, null, null, null, "terminated"))
                    .identity(nonHuman("svc-other", IdentityKind.SERVICE_ACCOUNT, OWNER));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badOwners")
        void nonHumanWithoutActiveHumanOwnerIsNewHighFinding(String why, String owner) {
            Snapshot snapshot = owners().identity(nonHuman("svc-etl", IdentityKind.SERVICE_ACCOUNT, owner))
                    .build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add("svc-etl", grant("erp.read")).build()),
                    RuleId.LP_NHI_NO_OWNER);

            assertThat(finding.identities()).containsExactly("svc-etl");
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
            assertThat(finding.status()).isEqualTo(FindingStatus.NEW);
        }

        @Test
        void identityCreatedWithoutOwnerIsAFinding() {
            Draft draft = draft("d-1")
                    .create(
                            "agent-new",
                            new IdentityChange.NewIdentity("New agent", IdentityKind.AI_AGENT, null, null, null, null))
                    .add("agent-new", grant("erp.read"))
                    .build();

            assertThat(only(analyze(owners().build(), POLICY, draft), RuleId.LP_NHI_NO_OWNER)
                            .identities())
                    .containsExactly("agent-new");
        }

        @Test
        void credentialForOwnerlessIdentityIsAFinding() {
            Snapshot snapshot = owners().identity(nonHuman("svc-etl", IdentityKind.WORKLOAD, null))
                    .build();
            Draft draft = draft("d-1")
                    .credential(new CredentialRequest("svc-etl", List.of("storage.read"), Duration.ofDays(30)))
                    .build();

            assertThat(only(analyze(snapshot, POLICY, draft), RuleId.LP_NHI_NO_OWNER)
                            .identities())
                    .containsExactly("svc-etl");
        }

        @Test
        void nonHumanOwnedByActiveHumanIsFine() {
            Snapshot snapshot = owners().identity(nonHuman("svc-etl", IdentityKind.SERVICE_ACCOUNT, OWNER))
                    .build();

            assertNone(
                    analyze(
                            snapshot,
                            POLICY,
                            draft("d-1").add("svc-etl", grant("erp.read")).build()),
                    RuleId.LP_NHI_NO_OWNER);
        }
    }

    @Nested
    class CredentialLifetime {

        @ParameterizedTest(name = "ttl {0} days fires: {1}")
        @CsvSource({"1, false", "90, false", "91, true", "365, true"})
        void credentialLifetimeIsMeasuredAgainstTheMaximum(long days, boolean fires) {
            DraftAnalysis analysis = analyze(credentialSnapshot(), POLICY, credentialDraft(Duration.ofDays(days)));

            if (fires) {
                Finding finding = only(analysis, RuleId.LP_CREDENTIAL_LIFETIME);
                assertThat(finding.identities()).containsExactly("svc-etl");
                assertThat(finding.severity()).isEqualTo(Severity.HIGH);
                assertThat(finding.status()).isEqualTo(FindingStatus.NEW);
            } else {
                assertNone(analysis, RuleId.LP_CREDENTIAL_LIFETIME);
            }
        }

        @Test
        void credentialWithoutTtlIsAFinding() {
            assertThat(only(analyze(credentialSnapshot(), POLICY, credentialDraft(null)), RuleId.LP_CREDENTIAL_LIFETIME)
                            .summary())
                    .contains("no expiry");
        }

        private Snapshot credentialSnapshot() {
            return new SnapshotBuilder()
                    .identity(nonHuman("svc-etl", IdentityKind.SERVICE_ACCOUNT, OWNER))
                    .build();
        }

        private Draft credentialDraft(Duration ttl) {
            return draft("d-1")
                    .credential(new CredentialRequest("svc-etl", List.of("storage.read"), ttl))
                    .build();
        }
    }
}
