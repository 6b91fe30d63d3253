package io.countersign.model.convert;

import static io.countersign.model.convert.ConvertFixtures.json;
import static io.countersign.model.convert.ConvertFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-system snapshots merged into one: identities joined by id or the map, and every disagreement refused. */
class SnapshotMergerTest {

    private static SnapshotMerger.Input input(String name, String text) throws FormatException {
        SourceNode root = json(name, text);
        return new SnapshotMerger.Input(root, SnapshotReader.read(root));
    }

    /** A converted snapshot as the file a command would have written. */
    private static SnapshotMerger.Input written(String name, Snapshot snapshot) throws FormatException {
        SourceNode root = SourceTreeReader.read(name, SnapshotJson.write(snapshot), SourceTreeReader.Syntax.JSON);
        return new SnapshotMerger.Input(root, SnapshotReader.read(root));
    }

    private static String snapshot(String id, String takenAt, String identities, String system, String entitlements) {
        return """
                {"format": "countersign.snapshot/v1", "id": "%s", "takenAt": "%s",
                 "identities": [%s],
                 "systems": [{"id": "%s"}],
                 "entitlements": [%s]}
                """.formatted(id, takenAt, identities, system, entitlements);
    }

    private static Identity identity(Snapshot snapshot, String id) {
        return snapshot.identities().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void publishedDirectoryAndAccountMergeThroughTheIdentityMap() throws FormatException {
        IdentityMap map = IdentityMap.read(InputFiles.tree(ConvertFixtures.EXAMPLES.resolve("identity-map.yaml")));
        List<SnapshotMerger.Input> inputs = new ArrayList<>();
        inputs.add(written("dir.json", ConvertFixtures.publishedDirectory()));
        inputs.add(written("aws.json", ConvertFixtures.publishedAws()));

        Snapshot merged = SnapshotMerger.merge(inputs, map, "merged-1");

        assertThat(merged.identities())
                .extracting(Identity::id)
                .doesNotContain("arn:aws:iam::111122223333:user/dpatel");
        assertThat(identity(merged, "dpatel@harborpine.example").name()).isEqualTo("Dev Patel");
        assertThat(merged.assignments())
                .filteredOn(a -> a.identity().equals("dpatel@harborpine.example"))
                .extracting(a -> a.target())
                .contains("arn:aws:iam::111122223333:group/Developers");
        assertThat(identity(merged, "arn:aws:iam::111122223333:role/service-role/reports-app")
                        .owner())
                .isEqualTo("dpatel@harborpine.example");
        assertThat(merged.systems()).hasSize(2);
        SnapshotReader.read(
                SourceTreeReader.read("merged.json", SnapshotJson.write(merged), SourceTreeReader.Syntax.JSON));
    }

    @Test
    void identitiesWithTheSameIdAreOneAndTheMergeIsAsOldAsItsOldestInput() throws FormatException {
        Snapshot merged = SnapshotMerger.merge(
                List.of(
                        input(
                                "a.json",
                                snapshot(
                                        "a",
                                        "2026-12-02T00:00:00Z",
                                        "{\"id\": \"u-1\", \"name\": \"Ana\", \"kind\": \"human\", \"orgUnit\": \"ops\"}",
                                        "erp",
                                        "{\"id\": \"erp.x\", \"system\": \"erp\", \"sensitivity\": \"low\"}")),
                        input(
                                "b.json",
                                snapshot(
                                        "b",
                                        "2026-12-01T00:00:00Z",
                                        "{\"id\": \"u-1\", \"name\": \"ana\", \"kind\": \"human\", \"status\": \"active\"}",
                                        "crm",
                                        "{\"id\": \"crm.y\", \"system\": \"crm\", \"sensitivity\": \"low\"}"))),
                IdentityMap.none(),
                "m");

        assertThat(merged.identities())
                .containsExactly(new Identity("u-1", "Ana", IdentityKind.HUMAN, "ops", null, null, null, "active"));
        assertThat(merged.takenAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(merged.entitlements()).hasSize(2);
    }

    @Test
    void refusesIdentitiesWhoseKindsDisagreeNamingBothPlaces() throws FormatException {
        List<SnapshotMerger.Input> inputs = List.of(
                input(
                        "a.json",
                        snapshot(
                                "a",
                                "2026-12-01T00:00:00Z",
                                "{\"id\": \"svc-1\", \"name\": \"s\", \"kind\": \"service-account\", \"owner\": \"svc-1\"}",
                                "erp",
                                "")),
                input(
                        "b.json",
                        snapshot(
                                "b",
                                "2026-12-01T00:00:00Z",
                                "{\"id\": \"svc-1\", \"name\": \"s\", \"kind\": \"human\"}",
                                "crm",
                                "")));

        assertThatThrownBy(() -> SnapshotMerger.merge(inputs, IdentityMap.none(), "m"))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("b.json:2:")
                .hasMessageContaining("at /identities/0/kind")
                .hasMessageContaining("\"human\" here but \"service-account\" in a.json:2:")
                .hasMessageContaining("/identities/0");
    }

    @Test
    void refusesAnEntitlementIdThatMeansDifferentThingsInTwoSnapshots() throws FormatException {
        List<SnapshotMerger.Input> inputs = List.of(
                input(
                        "a.json",
                        snapshot(
                                "a",
                                "2026-12-01T00:00:00Z",
                                "",
                                "erp",
                                "{\"id\": \"e\", \"system\": \"erp\", \"sensitivity\": \"low\"}")),
                input(
                        "b.json",
                        snapshot(
                                "b",
                                "2026-12-01T00:00:00Z",
                                "",
                                "erp",
                                "{\"id\": \"e\", \"system\": \"erp\", \"sensitivity\": \"high\"}")));

        assertThatThrownBy(() -> SnapshotMerger.merge(inputs, IdentityMap.none(), "m"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("b.json:4:")
                .hasMessageContaining("/entitlements/0/sensitivity")
                .hasMessageContaining("entitlement \"e\" differs in 'sensitivity' from the one in a.json");
    }

    @Test
    void refusesAMappedIdThatNoSnapshotHas() throws FormatException {
        IdentityMap map = IdentityMap.read(yaml("map.yaml", """
                format: countersign.identity-map/v1
                identities:
                  - id: u-1
                    sameAs: [u-one-typo]
                """));
        List<SnapshotMerger.Input> inputs = List.of(input(
                "a.json",
                snapshot(
                        "a",
                        "2026-12-01T00:00:00Z",
                        "{\"id\": \"u-1\", \"name\": \"Ana\", \"kind\": \"human\"}",
                        "erp",
                        "")));

        assertThatThrownBy(() -> SnapshotMerger.merge(inputs, map, "m"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("map.yaml:4:")
                .hasMessageContaining("/identities/0/sameAs/0")
                .hasMessageContaining("no snapshot being merged has the identity \"u-one-typo\"");
    }

    @Test
    void refusesAnIdMappedToTwoIdentities() {
        assertThatThrownBy(() -> IdentityMap.read(yaml("map.yaml", """
                        format: countersign.identity-map/v1
                        identities:
                          - {id: a, sameAs: [x]}
                          - {id: b, sameAs: [x]}
                        """)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("/identities/1/sameAs/0")
                .hasMessageContaining("already mapped at 3:");
    }
}
