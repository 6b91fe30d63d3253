package io.countersign.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.SnapshotChanges.FieldChange;
import io.countersign.model.format.Assignment;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SnapshotChangesTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-06-01T00:00:00Z");

    private static Identity human(String id, String orgUnit, String manager, String status) {
        return new Identity(id, id, IdentityKind.HUMAN, orgUnit, null, manager, null, status);
    }

    private static Assignment entitlement(String identity, String entitlement, Instant expiresAt) {
        return new Assignment(identity, entitlement, null, T0, expiresAt, null, null);
    }

    private static Assignment role(String identity, String role) {
        return new Assignment(identity, null, role, T0, null, null, null);
    }

    private static Snapshot snapshot(List<Identity> identities, List<Assignment> assignments) {
        return new Snapshot("s", T0, identities, List.of(), List.of(), List.of(), assignments, List.of());
    }

    @Test
    void sameSnapshotHasNoChanges() {
        Snapshot one = snapshot(
                List.of(human("ana", "finance", null, "active")), List.of(entitlement("ana", "erp.read", null)));
        assertThat(SnapshotChanges.between(one, one).isEmpty()).isTrue();
    }

    @Test
    void withoutACurrentSnapshotEverythingIsAdded() {
        Snapshot next =
                snapshot(List.of(human("ana", "finance", null, null)), List.of(entitlement("ana", "erp.read", null)));
        SnapshotChanges changes = SnapshotChanges.between(null, next);
        assertThat(changes.identitiesAdded()).extracting(Identity::id).containsExactly("ana");
        assertThat(changes.grantsAdded()).hasSize(1);
        assertThat(changes.count()).isEqualTo(2);
    }

    @Test
    void identitiesAreAddedRemovedAndChangedByTheirId() {
        Snapshot before = snapshot(
                List.of(human("ana", "finance", "bo", "active"), human("bo", "finance", null, "active")), List.of());
        Snapshot after =
                snapshot(List.of(human("cy", "it", null, null), human("ana", "treasury", "cy", "disabled")), List.of());
        SnapshotChanges changes = SnapshotChanges.between(before, after);
        assertThat(changes.identitiesAdded()).extracting(Identity::id).containsExactly("cy");
        assertThat(changes.identitiesRemoved()).extracting(Identity::id).containsExactly("bo");
        assertThat(changes.identitiesChanged())
                .singleElement()
                .satisfies(changed -> assertThat(changed.fields())
                        .containsExactly(
                                new FieldChange("status", "active", "disabled"),
                                new FieldChange("orgUnit", "finance", "treasury"),
                                new FieldChange("manager", "bo", "cy")));
    }

    @Test
    void aChangedKindIsNamed() {
        Identity bot = new Identity("x", "x", IdentityKind.SERVICE_ACCOUNT, null, null, null, "ana", null);
        Identity agent = new Identity("x", "x", IdentityKind.AI_AGENT, null, null, null, "ana", null);
        SnapshotChanges changes =
                SnapshotChanges.between(snapshot(List.of(bot), List.of()), snapshot(List.of(agent), List.of()));
        assertThat(changes.identitiesChanged().getFirst().fields())
                .containsExactly(new FieldChange("kind", "service-account", "ai-agent"));
    }

    @Test
    void grantsAreKeyedByHolderAndWhatTheyHold() {
        Snapshot before = snapshot(List.of(), List.of(entitlement("ana", "erp.read", null), role("ana", "r-clerk")));
        Snapshot after = snapshot(List.of(), List.of(role("ana", "r-clerk"), entitlement("ana", "erp.approve", null)));
        SnapshotChanges changes = SnapshotChanges.between(before, after);
        assertThat(changes.grantsAdded()).extracting(Assignment::target).containsExactly("erp.approve");
        assertThat(changes.grantsRemoved()).extracting(Assignment::target).containsExactly("erp.read");
        assertThat(changes.grantsChanged()).isEmpty();
    }

    @Test
    void anEntitlementAndARoleOfTheSameIdAreDifferentGrants() {
        Snapshot before = snapshot(List.of(), List.of(entitlement("ana", "admin", null)));
        Snapshot after = snapshot(List.of(), List.of(role("ana", "admin")));
        SnapshotChanges changes = SnapshotChanges.between(before, after);
        assertThat(changes.grantsAdded()).hasSize(1);
        assertThat(changes.grantsRemoved()).hasSize(1);
    }

    @Test
    void aNewExpiryIsAChangedGrant() {
        Snapshot before = snapshot(List.of(), List.of(entitlement("ana", "aws.admin", null)));
        Snapshot after = snapshot(List.of(), List.of(entitlement("ana", "aws.admin", T1)));
        assertThat(SnapshotChanges.between(before, after).grantsChanged())
                .singleElement()
                .satisfies(changed -> assertThat(changed.fields())
                        .containsExactly(new FieldChange("expiresAt", null, "2026-06-01T00:00:00Z")));
    }

    @Test
    void lastUseAloneIsNoChange() {
        Assignment used = new Assignment("ana", "erp.read", null, T0, null, T1, null);
        Snapshot before = snapshot(List.of(), List.of(entitlement("ana", "erp.read", null)));
        assertThat(SnapshotChanges.between(before, snapshot(List.of(), List.of(used)))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void theSameGrantHeldTwiceIsPairedInOrder() {
        Assignment narrow = new Assignment("ana", "s3.read", null, T0, null, null, "bucket-a/*");
        Assignment wide = new Assignment("ana", "s3.read", null, T0, null, null, "bucket-b/*");
        Snapshot before = snapshot(List.of(), List.of(narrow, wide));
        Snapshot after = snapshot(List.of(), List.of(narrow));
        SnapshotChanges changes = SnapshotChanges.between(before, after);
        assertThat(changes.grantsRemoved()).containsExactly(wide);
        assertThat(changes.grantsAdded()).isEmpty();
        assertThat(changes.grantsChanged()).isEmpty();
    }

    @Test
    @Timeout(10)
    void largeSnapshotsAreComparedInLinearTime() {
        List<Identity> identities = new ArrayList<>();
        List<Assignment> before = new ArrayList<>();
        List<Assignment> after = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            identities.add(human("u" + i, "ou" + (i % 50), null, null));
            before.add(entitlement("u" + i, "e" + (i % 1000), null));
            after.add(entitlement("u" + i, "e" + (i % 1000), i % 10 == 0 ? T1 : null));
        }
        SnapshotChanges changes =
                SnapshotChanges.between(snapshot(identities, before), snapshot(identities.reversed(), after));
        assertThat(changes.grantsChanged()).hasSize(20_000);
        assertThat(changes.identitiesChanged()).isEmpty();
    }
}
