package io.countersign.model.analysis.rules;

import static io.countersign.model.analysis.fixtures.DraftBuilder.draft;
import static io.countersign.model.analysis.fixtures.Fixtures.analyze;
import static io.countersign.model.analysis.fixtures.Fixtures.anyOf;
import static io.countersign.model.analysis.fixtures.Fixtures.grant;
import static io.countersign.model.analysis.fixtures.Fixtures.only;
import static io.countersign.model.analysis.fixtures.Fixtures.roleGrant;
import static io.countersign.model.analysis.fixtures.Fixtures.scoped;
import static io.countersign.model.analysis.fixtures.Fixtures.sodRule;
import static io.countersign.model.analysis.fixtures.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.fixtures.SnapshotBuilder;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import org.junit.jupiter.api.Test;

/** Messages name the person, the entitlements and the role through which each is held, and cite frameworks. */
class FindingMessagesTest {

    private static final Snapshot SNAPSHOT = new SnapshotBuilder()
            .human("u-dana", "Dana Kim")
            .entitlement("erp.vendor.create")
            .entitlement("erp.ap.release")
            .entitlement("aws.s3.read")
            .role("r-vendor", "Vendor master clerk", "erp.vendor.create")
            .role("r-cloud", "Cloud engineer", "aws.s3.read")
            .holdsRole("u-dana", "r-vendor")
            .build();

    @Test
    void sodExplanationNamesPersonBothEntitlementsAndTheRole() {
        Policy policy = policy().sod(sodRule(
                        "SOD-P2P",
                        anyOf("maintain vendors", "erp.vendor.*"),
                        anyOf("release payments", "erp.ap.release")))
                .build();

        Finding finding = only(
                analyze(
                        SNAPSHOT,
                        policy,
                        draft("d-1").add("u-dana", grant("erp.ap.release")).build()),
                RuleId.SOD_CONFLICT);

        assertThat(finding.explanation())
                .contains(
                        "Dana Kim",
                        "erp.vendor.create",
                        "erp.ap.release",
                        "Vendor master clerk (r-vendor)",
                        "maintain vendors",
                        "release payments",
                        "SOD-P2P");
        assertThat(finding.summary()).contains("Dana Kim");
        assertThat(finding.remediation()).isNotBlank();
        assertThat(finding.references()).isNotEmpty();
    }

    @Test
    void wildcardExplanationNamesPersonEntitlementAndDirectPath() {
        Finding finding = only(
                analyze(
                        SNAPSHOT,
                        policy().build(),
                        draft("d-1").add("u-dana", scoped("aws.s3.read", "*")).build()),
                RuleId.LP_WILDCARD_SCOPE);

        assertThat(finding.explanation()).contains("Dana Kim", "aws.s3.read", "held directly", "\"*\"");
        assertThat(finding.references()).isNotEmpty();
    }

    @Test
    void wildcardHeldThroughRoleNamesTheRoleInTheExplanation() {
        Snapshot wildcardRole = new SnapshotBuilder()
                .human("u-dana", "Dana Kim")
                .entitlement(SnapshotBuilder.entitlementSpec("aws.s3.read").scope("*"))
                .role("r-cloud", "Cloud engineer", "aws.s3.read")
                .build();

        Finding finding = only(
                analyze(
                        wildcardRole,
                        policy().build(),
                        draft("d-1").add("u-dana", roleGrant("r-cloud")).build()),
                RuleId.LP_WILDCARD_SCOPE);

        assertThat(finding.explanation()).contains("Dana Kim", "aws.s3.read", "through role Cloud engineer (r-cloud)");
        assertThat(finding.references()).isNotEmpty();
    }
}
