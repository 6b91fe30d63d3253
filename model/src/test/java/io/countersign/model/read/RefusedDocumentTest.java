package io.countersign.model.read;

import static io.countersign.model.read.Samples.assertRefused;
import static io.countersign.model.read.Samples.with;
import static io.countersign.model.read.Samples.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.format.Casebook;
import io.countersign.model.format.Draft;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Well-formed files that break a format's rules: each refusal names file, line:column, pointer and expectation. */
class RefusedDocumentTest {

    @TempDir
    Path folder;

    @Test
    void rejectsUnknownFormat() throws IOException {
        Path file = write(folder, "draft.json", with(Samples.DRAFT, "countersign.draft/v1", "countersign.draft/v2"));

        assertRefused(
                () -> InputFiles.draft(file),
                file,
                "2:13 at /format",
                "unknown format \"countersign.draft/v2\"; expected \"countersign.draft/v1\"");
    }

    @Test
    void rejectsMissingRequiredField() throws IOException {
        Path file = write(
                folder, "snapshot.json", with(Samples.SNAPSHOT, "  \"takenAt\": \"2026-02-02T06:00:00Z\",\n", ""));

        assertRefused(() -> InputFiles.snapshot(file), file, "1:1 at /takenAt", "missing required field 'takenAt'");
    }

    @Test
    void rejectsWrongType() throws IOException {
        Path file = write(folder, "snapshot.json", with(Samples.SNAPSHOT, "\"id\": \"snap-1\"", "\"id\": 42"));

        assertRefused(() -> InputFiles.snapshot(file), file, "3:9 at /id", "expected a string, found the number 42");
    }

    @Test
    void rejectsWrongEnumValue() throws IOException {
        Path file =
                write(folder, "snapshot.json", with(Samples.SNAPSHOT, "\"kind\": \"human\"", "\"kind\": \"robot\""));

        assertRefused(
                () -> InputFiles.snapshot(file),
                file,
                "6:50 at /identities/0/kind",
                "expected one of human, service-account, workload, ai-agent, found \"robot\"");
    }

    @Test
    void rejectsUnknownField() throws IOException {
        Path file = write(
                folder,
                "snapshot.json",
                with(Samples.SNAPSHOT, "\"id\": \"snap-1\",", "\"id\": \"snap-1\", \"label\": \"x\","));

        assertRefused(
                () -> InputFiles.snapshot(file),
                file,
                "3:28 at /label",
                "unknown field 'label'; expected one of assignments, entitlements, format, id, identities,");
    }

    @Test
    void acceptsExtensionField() throws Exception {
        Path file = write(
                folder,
                "snapshot.json",
                with(Samples.SNAPSHOT, "\"id\": \"snap-1\",", "\"id\": \"snap-1\", \"x-label\": {\"any\": [1]},"));

        assertThat(InputFiles.snapshot(file).id()).isEqualTo("snap-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            assignment to an unknown identity | {"identity": "u-ana" | {"identity": "u-bob" | 12:32 at /assignments/0/identity | refers to identity "u-bob", which this file does not declare
            role with an unknown entitlement  | ["erp.read"]         | ["erp.write"]         | 11:49 at /roles/0/entitlements/0 | refers to entitlement "erp.write", which this file does not declare
            entitlement with an unknown system | "system": "erp"     | "system": "crm"       | 10:49 at /entitlements/0/system  | refers to system "crm", which this file does not declare
            """)
    void rejectsUnresolvedReferenceInsideSnapshot(
            String what, String target, String broken, String where, String expectation) throws IOException {
        Path file = write(folder, "snapshot.json", with(Samples.SNAPSHOT, target, broken));

        assertRefused(() -> InputFiles.snapshot(file), file, where, expectation);
    }

    @Test
    void rejectsWorkflowChangeDraftWithoutWorkflow() throws IOException {
        Path file = write(folder, "draft.json", with(Samples.DRAFT, "\"access-change\"", "\"workflow-change\""));

        assertRefused(
                () -> InputFiles.draft(file), file, "1:1 at /workflow", "a workflow-change draft needs 'workflow'");
    }

    @Test
    void rejectsCaseWithoutSnapshotHereOrAtTheTop() throws IOException {
        write(folder, "policy.yaml", Samples.POLICY_YAML);
        Path file = write(folder, "casebook.json", with(Samples.CASEBOOK, "  \"snapshot\": \"snapshot.json\",\n", ""));

        assertRefused(
                () -> InputFiles.casebook(file),
                file,
                "7:5 at /cases/0/snapshot",
                "a case needs a snapshot, here or at the casebook's top");
    }

    @Test
    void loadsDraftNamingAnEntitlementNoSnapshotHas() throws Exception {
        Path file = write(folder, "draft.json", with(Samples.DRAFT, "erp.read", "erp.nowhere"));

        Draft draft = InputFiles.draft(file);

        assertThat(draft.changes().getFirst().add().getFirst().entitlement()).isEqualTo("erp.nowhere");
    }

    @Test
    void loadsCasebookWhoseDraftNamesAnEntitlementItsSnapshotLacks() throws Exception {
        writeReferencedFiles();
        Path file = write(folder, "casebook.json", with(Samples.CASEBOOK, "erp.read", "erp.nowhere"));

        Casebook casebook = InputFiles.casebook(file);

        assertThat(casebook.cases().getFirst().snapshot().entitlements())
                .extracting(e -> e.id())
                .doesNotContain("erp.nowhere");
    }

    @Test
    void rejectsCasebookReferencingMissingFile() throws IOException {
        Path file = write(folder, "casebook.json", Samples.CASEBOOK);

        assertRefused(
                () -> InputFiles.casebook(file),
                file,
                "5:15 at /snapshot",
                "referenced file " + folder.resolve("snapshot.json") + " does not exist");
    }

    @Test
    void rejectsCasebookMustNoticeWithUnknownRuleId() throws IOException {
        writeReferencedFiles();
        Path file = write(folder, "casebook.json", with(Samples.CASEBOOK, "LP-PEER-OUTLIER", "LP-PEER-OUTLYER"));

        assertRefused(
                () -> InputFiles.casebook(file),
                file,
                "12:57 at /cases/0/expected/mustNotice/0",
                "unknown rule id \"LP-PEER-OUTLYER\"; expected one of the catalog's ids");
    }

    @Test
    void reportsErrorsInsideAReferencedFileAgainstThatFile() throws IOException {
        write(folder, "snapshot.json", with(Samples.SNAPSHOT, "\"kind\": \"human\"", "\"kind\": \"robot\""));
        write(folder, "policy.yaml", Samples.POLICY_YAML);
        Path file = write(folder, "casebook.json", Samples.CASEBOOK);

        assertRefused(
                () -> InputFiles.casebook(file),
                file.resolveSibling("snapshot.json"),
                "6:50 at /identities/0/kind",
                "found \"robot\"");
    }

    private void writeReferencedFiles() throws IOException {
        write(folder, "snapshot.json", Samples.SNAPSHOT);
        write(folder, "policy.yaml", Samples.POLICY_YAML);
    }
}
