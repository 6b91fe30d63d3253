package io.countersign.services.intake;

import static io.countersign.persistence.jooq.Tables.BLOB;
import static io.countersign.persistence.jooq.Tables.DRAFT_REVISION;
import static io.countersign.persistence.jooq.Tables.INPUT_IMPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.read.FormatException;
import io.countersign.persistence.WorkspaceFixture;
import io.countersign.persistence.input.InputKind;
import io.countersign.persistence.input.StoredDraft;
import io.countersign.persistence.input.WorkspaceInputs;
import io.countersign.services.intake.ImportResult.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterTest extends WorkspaceFixture {

    private Importer importer;
    private Path files;

    @BeforeEach
    void createImporter() throws IOException {
        importer = new Importer(workspace);
        files = Files.createDirectories(dir.resolve("files"));
    }

    private int rows(Table<?> table) {
        return workspace.dsl().fetchCount(table);
    }

    @ParameterizedTest
    @CsvSource({
        "draft.json,    DRAFT,    d-2026-0142,      draft",
        "snapshot.json, SNAPSHOT, snap-2026-02-02,  snapshot",
        "policy.yaml,   POLICY,   pol-harbor-pine,  policy"
    })
    void importsEachKindAsCanonicalJsonUnderItsDigest(String name, InputKind kind, String id, String mediaType)
            throws Exception {
        Path file = Examples.copy(name, files);

        ImportResult result = importer.importFile(file);

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.kind()).isEqualTo(kind);
        assertThat(result.inputId()).isEqualTo(id);
        var blob = workspace.blobs().get(result.digest().hex()).orElseThrow();
        assertThat(blob.mediaType()).isEqualTo(mediaType);
        assertThat(CanonicalJson.isCanonical(blob.content())).isTrue();
        assertThat(Digest.sha256(blob.content())).isEqualTo(result.digest());
    }

    @Test
    void importsACasebookWithItsSnapshotPolicyAndCaseDrafts() throws Exception {
        Examples.copy("snapshot.json", files);
        Examples.copy("policy.yaml", files);
        Path casebook = Examples.copy("casebook.json", files);

        ImportResult result = importer.importFile(casebook);

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.kind()).isEqualTo(InputKind.CASEBOOK);
        WorkspaceInputs inputs = new WorkspaceInputs(workspace);
        assertThat(inputs.currentSnapshot().orElseThrow().value().id()).isEqualTo("snap-2026-02-02");
        assertThat(inputs.currentPolicy().orElseThrow().value().id()).isEqualTo("pol-harbor-pine");
        assertThat(inputs.pendingDrafts()).hasSizeGreaterThanOrEqualTo(2);
        String stored = new String(
                workspace.blobs().get(result.digest().hex()).orElseThrow().content());
        assertThat(stored).doesNotContain("\"snapshot\":\"snapshot.json\"").contains("\"takenAt\"");
    }

    @Test
    void aCasebookReferenceOutsideItsFolderIsRefused() throws Exception {
        Examples.copy("snapshot.json", dir);
        Examples.copy("policy.yaml", files);
        Path casebook = Files.writeString(
                files.resolve("casebook.json"),
                Examples.text("casebook.json")
                        .replace("\"snapshot\": \"snapshot.json\"", "\"snapshot\": \"../snapshot.json\""));

        assertThatThrownBy(() -> importer.importFile(casebook))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("outside the casebook's folder");
        assertThat(rows(BLOB)).isZero();
    }

    @Test
    void aYamlPolicyHasTheDigestOfTheSameJsonPolicy() throws Exception {
        Path yaml = Examples.copy("policy.yaml", files);
        Object tree = new YAMLMapper().readValue(yaml.toFile(), Object.class);
        Path json = files.resolve("policy.json");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), tree);

        ImportResult fromYaml = importer.importFile(yaml);
        ImportResult fromJson = importer.importFile(json);

        assertThat(fromJson.digest()).isEqualTo(fromYaml.digest());
        assertThat(fromJson.status()).isEqualTo(Status.ALREADY_IMPORTED);
    }

    @Test
    void reimportingIdenticalContentIsANoOp() throws Exception {
        Path file = Examples.copy("draft.json", files);
        importer.importFile(file);
        int blobs = rows(BLOB);
        int log = rows(INPUT_IMPORT);

        ImportResult again = importer.importFile(file);

        assertThat(again.status()).isEqualTo(Status.ALREADY_IMPORTED);
        assertThat(again.message()).startsWith("already imported");
        assertThat(rows(BLOB)).isEqualTo(blobs);
        assertThat(rows(INPUT_IMPORT)).isEqualTo(log);
    }

    @Test
    void keepsANewRevisionBesideTheOld() throws Exception {
        importer.importFile(Examples.copy("draft.json", files));
        Path second = Files.writeString(files.resolve("draft-r2.json"), Examples.draftRevision(2, "Narrowed cover"));

        ImportResult result = importer.importFile(second);

        assertThat(result.message()).isEqualTo("imported draft d-2026-0142 revision 2 (supersedes revision 1)");
        assertThat(workspace.draftRevisions().revisions("d-2026-0142"))
                .extracting(r -> r.revision())
                .containsExactly(1, 2);
        StoredDraft pending =
                new WorkspaceInputs(workspace).pendingDraft("d-2026-0142").orElseThrow();
        assertThat(pending.draft().title()).isEqualTo("Narrowed cover");
        assertThat(pending.digest()).isEqualTo(result.digest());
        assertThat(pending.superseded()).extracting(r -> r.revision()).containsExactly(1);
    }

    @Test
    void refusesTheSameRevisionWithDifferentContentAndStoresNothing() throws Exception {
        importer.importFile(Examples.copy("draft.json", files));
        int blobs = rows(BLOB);
        Path changed =
                Files.writeString(files.resolve("draft-changed.json"), Examples.draftRevision(1, "Edited quietly"));

        assertThatThrownBy(() -> importer.importFile(changed))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("draft d-2026-0142 revision 1 was already imported with different content")
                .hasMessageEndingWith("a changed draft needs a new revision number");
        assertThat(rows(BLOB)).isEqualTo(blobs);
        assertThat(rows(DRAFT_REVISION)).isOne();
    }

    @Test
    void rejectsAMalformedFileAndStoresNothing() throws IOException {
        Path bad = Files.writeString(files.resolve("bad.json"), """
                {"format": "countersign.draft/v1", "id": "d-1", "id": "d-2"}
                """);

        assertThatThrownBy(() -> importer.importFile(bad))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("bad.json:1:")
                .hasMessageContaining("duplicate key 'id'");
        assertThat(rows(BLOB)).isZero();
        assertThat(rows(INPUT_IMPORT)).isZero();
    }

    @Test
    void rejectsAnUnknownFormatNamingTheKnownOnes() throws IOException {
        Path bad = Files.writeString(files.resolve("other.json"), "{\"format\": \"acme.thing/v1\"}");

        assertThatThrownBy(() -> importer.importFile(bad))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("unknown format \"acme.thing/v1\"")
                .hasMessageContaining("countersign.casebook/v1");
    }

    @Test
    void theMostRecentlyImportedSnapshotIsCurrent() throws Exception {
        Path first = Examples.copy("snapshot.json", files);
        Path second = Files.writeString(
                files.resolve("snapshot-2.json"),
                Examples.text("snapshot.json").replace("\"id\": \"snap-2026-02-02\"", "\"id\": \"snap-2026-02-09\""));
        importer.importFile(first);
        importer.importFile(second);
        WorkspaceInputs inputs = new WorkspaceInputs(workspace);
        assertThat(inputs.currentSnapshot().orElseThrow().value().id()).isEqualTo("snap-2026-02-09");

        ImportResult again = importer.importFile(first);

        assertThat(again.status()).isEqualTo(Status.IMPORTED);
        assertThat(again.message()).contains("again");
        assertThat(inputs.currentSnapshot().orElseThrow().value().id()).isEqualTo("snap-2026-02-02");
    }

    @Test
    void anEmptyWorkspaceHasNoCurrentInputsAndNoDrafts() {
        WorkspaceInputs inputs = new WorkspaceInputs(workspace);

        assertThat(inputs.currentSnapshot()).isEmpty();
        assertThat(inputs.currentPolicy()).isEmpty();
        assertThat(inputs.pendingDrafts()).isEmpty();
    }
}
