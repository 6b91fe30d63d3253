package io.countersign.model.analysis;

import static io.countersign.model.analysis.fixtures.DraftBuilder.draft;
import static io.countersign.model.analysis.fixtures.Fixtures.NOW;
import static io.countersign.model.analysis.fixtures.Fixtures.analyze;
import static io.countersign.model.analysis.fixtures.Fixtures.inDays;
import static io.countersign.model.analysis.fixtures.Fixtures.roleGrant;
import static io.countersign.model.analysis.fixtures.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.fixtures.SnapshotBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveAccessDiffTest {

    private static Holding direct(String entitlement, Instant expiresAt, String scope) {
        return new Holding(new Holding.Key(entitlement, null), NOW, expiresAt, null, scope);
    }

    private static Holding viaRole(String entitlement, String role) {
        return new Holding(new Holding.Key(entitlement, role), NOW, null, null, null);
    }

    private static AccessRow single(EffectiveAccess before, EffectiveAccess after) {
        List<AccessRow> rows = EffectiveAccessDiff.compare("u-dana", before, after);
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    @Test
    void holdingOnlyInProposedIsAdded() {
        AccessRow row = single(EffectiveAccess.of(List.of()), EffectiveAccess.of(List.of(direct("erp.a", null, null))));

        assertThat(row.change()).isEqualTo(AccessRow.Change.ADDED);
        assertThat(row.before()).isNull();
        assertThat(row.after().entitlement()).isEqualTo("erp.a");
        assertThat(row.identity()).isEqualTo("u-dana");
    }

    @Test
    void holdingOnlyInCurrentIsRemoved() {
        AccessRow row = single(EffectiveAccess.of(List.of(direct("erp.a", null, null))), EffectiveAccess.of(List.of()));

        assertThat(row.change()).isEqualTo(AccessRow.Change.REMOVED);
        assertThat(row.after()).isNull();
        assertThat(row.current()).isEqualTo(row.before());
    }

    @Test
    void newExpiryIsAChangedExpiry() {
        AccessRow row = single(
                EffectiveAccess.of(List.of(direct("erp.a", inDays(5), "x"))),
                EffectiveAccess.of(List.of(direct("erp.a", inDays(50), "x"))));

        assertThat(row.change()).isEqualTo(AccessRow.Change.CHANGED);
        assertThat(row.changed()).containsExactly(AccessRow.Field.EXPIRY);
    }

    @Test
    void newScopeIsAChangedScope() {
        AccessRow row = single(
                EffectiveAccess.of(List.of(direct("erp.a", null, "bucket/a/*"))),
                EffectiveAccess.of(List.of(direct("erp.a", null, "*"))));

        assertThat(row.change()).isEqualTo(AccessRow.Change.CHANGED);
        assertThat(row.changed()).containsExactly(AccessRow.Field.SCOPE);
    }

    @Test
    void expiryAndScopeCanChangeTogether() {
        AccessRow row = single(
                EffectiveAccess.of(List.of(direct("erp.a", null, "a"))),
                EffectiveAccess.of(List.of(direct("erp.a", inDays(1), "b"))));

        assertThat(row.changed()).containsExactlyInAnyOrder(AccessRow.Field.EXPIRY, AccessRow.Field.SCOPE);
    }

    @Test
    void identicalHoldingIsUnchanged() {
        AccessRow row = single(
                EffectiveAccess.of(List.of(direct("erp.a", inDays(5), "x"))),
                EffectiveAccess.of(List.of(direct("erp.a", inDays(5), "x"))));

        assertThat(row.change()).isEqualTo(AccessRow.Change.UNCHANGED);
        assertThat(row.changed()).isEmpty();
    }

    @Test
    void sameEntitlementDirectAndViaRoleAreTwoRows() {
        List<AccessRow> rows = EffectiveAccessDiff.compare(
                "u-dana",
                EffectiveAccess.of(List.of(direct("erp.a", null, null))),
                EffectiveAccess.of(List.of(direct("erp.a", null, null), viaRole("erp.a", "r-clerk"))));

        assertThat(rows)
                .extracting(row -> row.key().path() + ":" + row.change())
                .containsExactlyInAnyOrder("direct:UNCHANGED", "via role r-clerk:ADDED");
    }

    @Test
    void analyzerShowsARoleAddingAnEntitlementHeldDirectlyAsItsOwnRow() {
        var snapshot = new SnapshotBuilder()
                .human("u-dana", "Dana Kim")
                .entitlement("erp.a")
                .role("r-clerk", "Clerk", "erp.a")
                .holds("u-dana", "erp.a")
                .build();

        var review = analyze(
                        snapshot,
                        policy().build(),
                        draft("d-1").add("u-dana", roleGrant("r-clerk")).build())
                .identities()
                .getFirst();

        assertThat(review.rows())
                .extracting(row -> row.key().path() + ":" + row.change())
                .containsExactlyInAnyOrder("direct:UNCHANGED", "via role r-clerk:ADDED");
    }

    @Test
    void applyingTheRowsRebuildsTheProposedSide() {
        EffectiveAccess before =
                EffectiveAccess.of(List.of(direct("erp.a", null, null), direct("erp.b", inDays(1), null)));
        EffectiveAccess after = EffectiveAccess.of(List.of(direct("erp.b", inDays(9), null), viaRole("erp.c", "r-x")));

        assertThat(EffectiveAccessDiff.apply(before, EffectiveAccessDiff.compare("u-dana", before, after)))
                .isEqualTo(after);
    }
}
