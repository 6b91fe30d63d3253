package io.countersign.model.analysis.rules;

import static io.countersign.model.analysis.fixtures.DraftBuilder.draft;
import static io.countersign.model.analysis.fixtures.Fixtures.allOf;
import static io.countersign.model.analysis.fixtures.Fixtures.analyze;
import static io.countersign.model.analysis.fixtures.Fixtures.anyOf;
import static io.countersign.model.analysis.fixtures.Fixtures.assertNone;
import static io.countersign.model.analysis.fixtures.Fixtures.grant;
import static io.countersign.model.analysis.fixtures.Fixtures.only;
import static io.countersign.model.analysis.fixtures.Fixtures.roleGrant;
import static io.countersign.model.analysis.fixtures.Fixtures.sodRule;
import static io.countersign.model.analysis.fixtures.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.Holding;
import io.countersign.model.analysis.fixtures.SnapshotBuilder;
import io.countersign.model.finding.Evidence;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Severity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.SodRule;
import io.countersign.model.format.SodSide;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SOD-CONFLICT: side semantics, patterns, symmetry, paths, statuses; and the rule index. */
class SodRulesTest {

    private static final String DANA = "u-dana";
    private static final SodSide VENDORS = anyOf("maintain vendors", "erp.vendor.create", "erp.vendor.edit");
    private static final SodSide PAYMENTS = anyOf("release payments", "erp.ap.release", "bank.payment.send");
    private static final Policy P2P = policy().sod(
                    new SodRule("SOD-P2P", "Vendor vs payment", Severity.CRITICAL, VENDORS, PAYMENTS, List.of()))
            .build();

    private static SnapshotBuilder p2p() {
        return new SnapshotBuilder()
                .human(DANA, "Dana Kim")
                .entitlement("erp.vendor.create")
                .entitlement("erp.vendor.edit")
                .entitlement("erp.ap.release")
                .entitlement("erp.ap.approve")
                .entitlement("erp.apx.report")
                .entitlement("bank.payment.send")
                .entitlement("crm.view")
                .role("r-payments", "Payments clerk", "erp.ap.release", "erp.ap.approve");
    }

    @Nested
    class Sides {

        @Test
        void anyTermOnEachSideIsNewConflictWithThePolicyRulesSeverity() {
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create").build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            P2P,
                            draft("d-1").add(DANA, grant("erp.ap.release")).build()),
                    RuleId.SOD_CONFLICT);

            assertThat(finding.status()).isEqualTo(FindingStatus.NEW);
            assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(finding.subject()).isEqualTo("SOD-P2P");
            assertThat(finding.identities()).containsExactly(DANA);
            assertThat(finding.entitlements()).containsExactlyInAnyOrder("erp.vendor.create", "erp.ap.release");
            assertThat(finding.evidence())
                    .containsExactlyInAnyOrder(
                            new Evidence(DANA, "erp.vendor.create", "maintain vendors: direct"),
                            new Evidence(DANA, "erp.ap.release", "release payments: direct"));
        }

        @Test
        void holdingOnlyOneSideIsNoConflict() {
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create").build();

            assertNone(
                    analyze(
                            snapshot,
                            P2P,
                            draft("d-1").add(DANA, grant("erp.vendor.edit")).build()),
                    RuleId.SOD_CONFLICT);
        }

        @Test
        void allOfSideNeedsEveryTerm() {
            Policy policy = policy().sod(sodRule(
                            "SOD-ALL", VENDORS, allOf("approve and release", "erp.ap.release", "erp.ap.approve")))
                    .build();
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create").build();

            assertNone(
                    analyze(
                            snapshot,
                            policy,
                            draft("d-1").add(DANA, grant("erp.ap.release")).build()),
                    RuleId.SOD_CONFLICT);
            Finding finding = only(
                    analyze(
                            snapshot,
                            policy,
                            draft("d-2")
                                    .add(DANA, grant("erp.ap.release"), grant("erp.ap.approve"))
                                    .build()),
                    RuleId.SOD_CONFLICT);
            assertThat(finding.entitlements())
                    .containsExactlyInAnyOrder("erp.vendor.create", "erp.ap.release", "erp.ap.approve");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"erp.ap.release", "erp.ap.approve"})
        void patternTermMatchesEveryEntitlementItCovers(String entitlement) {
            Policy policy = policy().sod(sodRule("SOD-PAT", VENDORS, anyOf("anything in AP", "erp.ap.*")))
                    .build();
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create").build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            policy,
                            draft("d-1").add(DANA, grant(entitlement)).build()),
                    RuleId.SOD_CONFLICT);

            assertThat(finding.entitlements()).contains(entitlement);
        }

        @Test
        void patternTermDoesNotMatchASimilarPrefix() {
            Policy policy = policy().sod(sodRule("SOD-PAT", VENDORS, anyOf("anything in AP", "erp.ap.*")))
                    .build();
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create").build();

            assertNone(
                    analyze(
                            snapshot,
                            policy,
                            draft("d-1").add(DANA, grant("erp.apx.report")).build()),
                    RuleId.SOD_CONFLICT);
        }

        @Test
        void swappingTheSidesGivesTheSameFinding() {
            Policy swapped = policy().sod(new SodRule(
                            "SOD-P2P", "Vendor vs payment", Severity.CRITICAL, PAYMENTS, VENDORS, List.of()))
                    .build();
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create").build();
            Draft draft = draft("d-1").add(DANA, grant("erp.ap.release")).build();

            Finding original = only(analyze(snapshot, P2P, draft), RuleId.SOD_CONFLICT);
            Finding mirrored = only(analyze(snapshot, swapped, draft), RuleId.SOD_CONFLICT);

            assertThat(mirrored.key()).isEqualTo(original.key());
            assertThat(mirrored.status()).isEqualTo(original.status());
            assertThat(mirrored.severity()).isEqualTo(original.severity());
            assertThat(mirrored.entitlements()).containsExactlyInAnyOrderElementsOf(original.entitlements());
            assertThat(mirrored.evidence()).containsExactlyInAnyOrderElementsOf(original.evidence());
        }

        @Test
        void conflictMaySpanTwoSystems() {
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create").build();

            DraftAnalysis analysis = analyze(
                    snapshot,
                    P2P,
                    draft("d-1").add(DANA, grant("bank.payment.send")).build());

            assertThat(only(analysis, RuleId.SOD_CONFLICT).entitlements())
                    .containsExactlyInAnyOrder("erp.vendor.create", "bank.payment.send");
        }

        @Test
        void sideHeldThroughRoleShowsTheRoleInThePath() {
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create").build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            P2P,
                            draft("d-1").add(DANA, roleGrant("r-payments")).build()),
                    RuleId.SOD_CONFLICT);

            assertThat(finding.roles()).containsExactly("r-payments");
            assertThat(finding.evidence())
                    .contains(new Evidence(DANA, "erp.ap.release", "release payments: via role r-payments"));
        }
    }

    @Nested
    class Statuses {

        @Test
        void conflictHeldBeforeAndAfterIsPreExisting() {
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create")
                    .holds(DANA, "erp.ap.release")
                    .build();

            Finding finding = only(
                    analyze(
                            snapshot,
                            P2P,
                            draft("d-1").add(DANA, grant("crm.view")).build()),
                    RuleId.SOD_CONFLICT);

            assertThat(finding.status()).isEqualTo(FindingStatus.PRE_EXISTING);
        }

        @Test
        void removingOneSideResolvesTheConflict() {
            Snapshot snapshot = p2p().holds(DANA, "erp.vendor.create")
                    .holds(DANA, "erp.ap.release")
                    .build();

            DraftAnalysis analysis = analyze(
                    snapshot,
                    P2P,
                    draft("d-1").remove(DANA, grant("erp.vendor.create")).build());

            Finding finding = only(analysis, RuleId.SOD_CONFLICT);
            assertThat(finding.status()).isEqualTo(FindingStatus.RESOLVED);
            assertThat(finding.needsAttention()).isFalse();
        }

        @Test
        void twoDraftsEachAddingOneSideAreCumulative() {
            Snapshot snapshot = p2p().build();
            Draft vendors =
                    draft("d-vendors").add(DANA, grant("erp.vendor.create")).build();
            Draft payments =
                    draft("d-payments").add(DANA, grant("erp.ap.release")).build();

            DraftAnalysis alone = analyze(snapshot, P2P, vendors);
            DraftAnalysis together = analyze(snapshot, P2P, vendors, List.of(payments));

            assertNone(alone, RuleId.SOD_CONFLICT);
            assertThat(only(together, RuleId.SOD_CONFLICT).status()).isEqualTo(FindingStatus.CUMULATIVE);
            assertThat(together.identities().getFirst().pendingDrafts()).containsExactly("d-payments");
        }

        @Test
        void pendingDraftForAnotherIdentityAddsNothing() {
            Snapshot snapshot = p2p().human("u-lee", "Lee Park").build();
            Draft vendors =
                    draft("d-vendors").add(DANA, grant("erp.vendor.create")).build();
            Draft payments =
                    draft("d-payments").add("u-lee", grant("erp.ap.release")).build();

            assertNone(analyze(snapshot, P2P, vendors, List.of(payments)), RuleId.SOD_CONFLICT);
        }
    }

    @Nested
    class Index {
        private static final int RULES = 500;

        private SodRuleIndex index() {
            List<SodRule> rules = new ArrayList<>();
            List<String> known = new ArrayList<>();
            for (int i = 0; i < RULES; i++) {
                rules.add(sodRule(
                        "R" + i,
                        anyOf("left", "sys" + i + ".a", "sys" + i + ".b"),
                        anyOf("right", "sys" + i + ".x.*")));
                known.addAll(List.of("sys" + i + ".a", "sys" + i + ".b", "sys" + i + ".x.pay"));
            }
            known.add("crm.view");
            return new SodRuleIndex(rules, known);
        }

        @Test
        void entitlementInNoRuleHasNoHits() {
            SodRuleIndex index = index();

            assertThat(index.hits("crm.view")).isEmpty();
            assertThat(index.hits("not.in.snapshot")).isEmpty();
        }

        @Test
        void literalTermHitsOnlyItsOwnRuleSideAndTerm() {
            assertThat(index().hits("sys42.b")).containsExactly(new SodRuleIndex.Hit(42, 0, 1));
        }

        @Test
        void patternTermIsResolvedAgainstKnownEntitlements() {
            assertThat(index().hits("sys7.x.pay")).containsExactly(new SodRuleIndex.Hit(7, 1, 0));
        }

        @Test
        void patternTermMatchesAnEntitlementTheSnapshotLacks() {
            assertThat(index().hits("sys7.x.new")).containsExactly(new SodRuleIndex.Hit(7, 1, 0));
        }

        @Test
        void evaluationReportsOnlyTheRulesTheHoldingsViolate() {
            SodRuleIndex index = index();
            List<Holding> holdings = IntStream.of(3, 250)
                    .boxed()
                    .flatMap(i -> Stream.of("sys" + i + ".a", "sys" + (i + 1) + ".x.pay"))
                    .map(id -> new Holding(new Holding.Key(id, null), null, null, null, null))
                    .toList();
            List<Holding> violating = new ArrayList<>(holdings);
            violating.add(new Holding(new Holding.Key("sys3.x.pay", null), null, null, null, null));

            assertThat(SodEvaluation.conflicts(index, holdings)).isEmpty();
            assertThat(SodEvaluation.conflicts(index, violating))
                    .extracting(c -> c.rule().id())
                    .containsExactly("R3");
        }
    }
}
