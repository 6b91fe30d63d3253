package io.countersign.services.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.analysis.SnapshotChanges;
import io.countersign.model.analysis.SnapshotChanges.FieldChange;
import io.countersign.model.convert.SnapshotJson;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.StoredInput;
import io.countersign.persistence.input.WorkspaceInputs;
import io.countersign.services.intake.ImportResult;
import io.countersign.services.intake.Importer;
import io.countersign.services.snapshot.UpdateSource.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workbench's "Update snapshot" without the workbench: recognise, prepare and show, make current. */
class SnapshotUpdateTest {
    private static final Path EXAMPLES =
            Path.of("").toAbsolutePath().getParent().resolve("docs/formats/examples");
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "snapshot.json, SNAPSHOT",
        "scim, SCIM",
        "scim/users.json, SCIM",
        "aws/authorization-details.json, AWS",
        "scim-mapping.yaml, SCIM_MAPPING",
        "identity-map.yaml, IDENTITY_MAP"
    })
    void recognisesWhatAFileIs(String file, Kind kind) throws FormatException {
        assertThat(SourceRecognizer.recognise(EXAMPLES.resolve(file)).kind()).isEqualTo(kind);
    }

    @Test
    void awsDetailsNameTheirAccount() throws FormatException {
        UpdateSource aws = SourceRecognizer.recognise(EXAMPLES.resolve("aws/authorization-details.json"));
        assertThat(aws.hint()).isEqualTo("111122223333");
        assertThat(SnapshotUpdate.suggestedSystem(aws, null)).isEqualTo("aws-111122223333");
    }

    @Test
    void refusesJsonThatIsNoneOfTheSources() throws Exception {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"hello\": [1, 2]}");
        assertThatThrownBy(() -> SourceRecognizer.recognise(other))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(other + ":1:1 at /: not a Countersign snapshot");
    }

    @Test
    void refusesBrokenJsonWithItsPosition() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemas\": [\"x\"],\n  \"a\": 1,\n  \"a\": 2}");
        assertThatThrownBy(() -> SnapshotUpdate.prepare(
                        List.of(SourceRecognizer.recognise(broken).withSystem("directory")), null, NOW))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(broken + ":3:");
    }

    @Test
    void refusesAnUnknownFormatAtItsPointer() throws Exception {
        Path policy = Files.writeString(dir.resolve("p.json"), "{\"format\": \"countersign.policy/v1\"}");
        assertThatThrownBy(() -> SourceRecognizer.recognise(policy))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("at /format: a snapshot update takes");
    }

    @Test
    void scimAndAwsAreConvertedAndMergedAsTheCommandsWould() throws Exception {
        List<UpdateSource> sources = List.of(
                source("aws/authorization-details.json", "aws-prod"),
                source("scim", "directory"),
                source("identity-map.yaml", null));

        SnapshotUpdate.Prepared prepared = SnapshotUpdate.prepare(sources, null, NOW);

        Snapshot viaCommands = viaCommands();
        assertThat(prepared.snapshot()).isEqualTo(viaCommands);
        assertThat(InputFiles.snapshot(prepared.staged())).isEqualTo(viaCommands);
        assertThat(prepared.changes().identitiesAdded()).hasSameSizeAs(viaCommands.identities());
        prepared.discard();
        assertThat(prepared.staged()).doesNotExist();
    }

    private Snapshot viaCommands() throws FormatException {
        Path scim = dir.resolve("scim.json");
        Path aws = dir.resolve("aws.json");
        SnapshotOutput.write(
                SnapshotSources.fromScim(List.of(EXAMPLES.resolve("scim")), "directory", null, "directory-" + NOW, NOW),
                scim);
        SnapshotOutput.write(
                SnapshotSources.fromAws(
                        EXAMPLES.resolve("aws/authorization-details.json"),
                        null,
                        new ManagedSystem("aws-prod", null, null),
                        "aws-prod-" + NOW,
                        NOW),
                aws);
        return SnapshotSources.merge(List.of(scim, aws), EXAMPLES.resolve("identity-map.yaml"), "merged-" + NOW);
    }

    @Test
    void aScimExportNeedsItsSystem() throws Exception {
        assertThatThrownBy(() -> SnapshotUpdate.prepare(List.of(source("scim", " ")), null, NOW))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("name the system this SCIM export belongs to");
    }

    @Test
    void aMappingAloneIsNothingToUpdateFrom() throws Exception {
        assertThatThrownBy(() -> SnapshotUpdate.prepare(List.of(source("scim-mapping.yaml", null)), null, NOW))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("choose a Countersign snapshot, a SCIM export or AWS authorization details");
    }

    @Test
    void listsWhatChangedSinceTheCurrentSnapshot() throws Exception {
        Snapshot current = InputFiles.snapshot(EXAMPLES.resolve("snapshot.json"));
        Path next = write(nextState(current));

        SnapshotChanges changes = SnapshotUpdate.prepare(List.of(source(next, null)), current, NOW)
                .changes();

        assertThat(changes.identitiesChanged())
                .singleElement()
                .satisfies(changed -> assertThat(changed.fields())
                        .containsExactly(new FieldChange(
                                "status", current.identities().getFirst().status(), "disabled")));
        assertThat(changes.identitiesAdded()).extracting(Identity::id).containsExactly("u-newcomer");
        assertThat(changes.grantsRemoved())
                .containsExactly(current.assignments().getFirst());
        assertThat(changes.identitiesRemoved()).isEmpty();
    }

    @Test
    void makingCurrentImportsTheStagedBytesAsTheImporterDoes() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            new Importer(workspace).importFile(EXAMPLES.resolve("snapshot.json"));
            Snapshot current = currentOf(workspace);
            Path next = write(nextState(current));
            SnapshotUpdate.Prepared prepared = SnapshotUpdate.prepare(List.of(source(next, null)), current, NOW);

            ImportResult result = SnapshotUpdate.makeCurrent(workspace, prepared);

            assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
            assertThat(result.message()).endsWith("it is now the current snapshot");
            assertThat(currentOf(workspace)).isEqualTo(prepared.snapshot());
        }
    }

    @Test
    void refusesToMakeCurrentWhatWasComparedAgainstASnapshotNoLongerCurrent() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            new Importer(workspace).importFile(EXAMPLES.resolve("snapshot.json"));
            Snapshot current = currentOf(workspace);
            SnapshotUpdate.Prepared prepared =
                    SnapshotUpdate.prepare(List.of(source(write(nextState(current)), null)), current, NOW);
            Snapshot meanwhile = new Snapshot(
                    current.id() + "-meanwhile",
                    current.takenAt(),
                    current.identities(),
                    current.systems(),
                    current.entitlements(),
                    current.roles(),
                    current.assignments(),
                    current.workflows());
            new Importer(workspace).importFile(write(meanwhile));

            assertThatThrownBy(() -> SnapshotUpdate.makeCurrent(workspace, prepared))
                    .isInstanceOf(SnapshotUpdate.StaleUpdateException.class)
                    .hasMessageContaining("changed since these changes were shown");
            assertThat(currentOf(workspace)).as("nothing imported").isEqualTo(meanwhile);
        }
    }

    @Test
    void refusesToMakeCurrentAPreparedFileChangedOnDiskSinceThePreview() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            new Importer(workspace).importFile(EXAMPLES.resolve("snapshot.json"));
            Snapshot current = currentOf(workspace);
            SnapshotUpdate.Prepared prepared =
                    SnapshotUpdate.prepare(List.of(source(write(nextState(current)), null)), current, NOW);
            Files.copy(EXAMPLES.resolve("snapshot.json"), prepared.staged(), StandardCopyOption.REPLACE_EXISTING);

            assertThatThrownBy(() -> SnapshotUpdate.makeCurrent(workspace, prepared))
                    .isInstanceOf(SnapshotUpdate.StaleUpdateException.class)
                    .hasMessageContaining("was changed on disk");
            assertThat(currentOf(workspace)).isEqualTo(current);
        }
    }

    @Test
    void preparingChangesNothingInTheWorkspace() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            new Importer(workspace).importFile(EXAMPLES.resolve("snapshot.json"));
            Snapshot current = currentOf(workspace);

            SnapshotUpdate.prepare(List.of(source(write(nextState(current)), null)), current, NOW);

            assertThat(currentOf(workspace)).isEqualTo(current);
        }
    }

    @Test
    void suggestsTheCurrentSystemOfTheSameAccount() throws Exception {
        Snapshot current = SnapshotSources.fromAws(
                EXAMPLES.resolve("aws/authorization-details.json"),
                null,
                new ManagedSystem("aws-prod", null, null),
                "a",
                NOW);
        UpdateSource aws = SourceRecognizer.recognise(EXAMPLES.resolve("aws/authorization-details.json"));
        assertThat(SnapshotUpdate.suggestedSystem(aws, current)).isEqualTo("aws-prod");
    }

    private static Snapshot currentOf(Workspace workspace) {
        return new WorkspaceInputs(workspace)
                .currentSnapshot()
                .map(StoredInput::value)
                .orElseThrow();
    }

    /** The first person leaves (disabled), a newcomer arrives, the first grant is revoked. */
    private static Snapshot nextState(Snapshot snapshot) {
        List<Identity> identities = new ArrayList<>(snapshot.identities());
        Identity first = identities.getFirst();
        identities.set(
                0,
                new Identity(
                        first.id(),
                        first.name(),
                        first.kind(),
                        first.orgUnit(),
                        first.jobCode(),
                        first.manager(),
                        first.owner(),
                        "disabled"));
        identities.add(new Identity("u-newcomer", "New Comer", IdentityKind.HUMAN, "finance", null, null, null, null));
        return new Snapshot(
                snapshot.id() + "-next",
                snapshot.takenAt(),
                identities,
                snapshot.systems(),
                snapshot.entitlements(),
                snapshot.roles(),
                snapshot.assignments().subList(1, snapshot.assignments().size()),
                snapshot.workflows());
    }

    private Path write(Snapshot snapshot) throws Exception {
        return Files.write(dir.resolve("next.json"), SnapshotJson.write(snapshot));
    }

    private static UpdateSource source(String example, String system) throws FormatException {
        return source(EXAMPLES.resolve(example), system);
    }

    private static UpdateSource source(Path path, String system) throws FormatException {
        return SourceRecognizer.recognise(path).withSystem(system);
    }
}
