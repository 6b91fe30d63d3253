package io.countersign.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.snapshot.ChangeRow.Area;
import io.countersign.model.analysis.AccessRow.Change;
import io.countersign.model.analysis.SnapshotChanges;
import io.countersign.model.format.Assignment;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Snapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeRowsTest {
    private static final Instant GRANTED = Instant.parse("2026-01-01T00:00:00Z");

    private static Snapshot snapshot(List<Identity> identities, List<Assignment> grants) {
        return new Snapshot("s", GRANTED, identities, List.of(), List.of(), List.of(), grants, List.of());
    }

    @Test
    void aChangedExpiryReadsAsTimesPeopleRead() {
        Assignment before = new Assignment("ana", "aws.admin", null, GRANTED, null, null, null);
        Assignment after =
                new Assignment("ana", "aws.admin", null, GRANTED, Instant.parse("2026-12-08T09:00:00Z"), null, null);

        List<ChangeRow> rows = ChangeRows.of(
                SnapshotChanges.between(snapshot(List.of(), List.of(before)), snapshot(List.of(), List.of(after))));

        assertThat(rows)
                .containsExactly(new ChangeRow(
                        Area.GRANT,
                        Change.CHANGED,
                        "ana",
                        "entitlement aws.admin · expiry none → 2026-12-08 09:00 UTC"));
    }

    @Test
    void aChangedIdentityNamesEachFieldInWords() {
        Identity before = new Identity("ana", "Ana Lima", IdentityKind.HUMAN, "finance", "FIN-1", "bo", null, null);
        Identity after = new Identity("ana", "Ana Lima", IdentityKind.HUMAN, "treasury", "FIN-2", "bo", null, null);

        List<ChangeRow> rows = ChangeRows.of(
                SnapshotChanges.between(snapshot(List.of(before), List.of()), snapshot(List.of(after), List.of())));

        assertThat(rows.getFirst().subject()).isEqualTo("Ana Lima (ana)");
        assertThat(rows.getFirst().detail()).isEqualTo("org unit finance → treasury · job code FIN-1 → FIN-2");
        assertThat(rows.getFirst().spoken()).startsWith("Identity changed: Ana Lima (ana), org unit");
    }

    @Test
    void identitiesComeBeforeGrants() {
        Identity ana = new Identity("ana", null, IdentityKind.SERVICE_ACCOUNT, null, null, null, "bo", null);
        Assignment role = new Assignment("ana", null, "r-clerk", GRANTED, null, null, null);

        List<ChangeRow> rows = ChangeRows.of(SnapshotChanges.between(null, snapshot(List.of(ana), List.of(role))));

        assertThat(rows)
                .containsExactly(
                        new ChangeRow(Area.IDENTITY, Change.ADDED, "ana", "service-account · owner bo"),
                        new ChangeRow(Area.GRANT, Change.ADDED, "ana", "role r-clerk"));
    }
}
