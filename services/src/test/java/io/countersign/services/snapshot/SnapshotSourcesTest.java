package io.countersign.services.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading exports from files and folders, and writing a snapshot whole or not at all. */
class SnapshotSourcesTest {

    private static final Path EXAMPLES =
            Path.of("").toAbsolutePath().getParent().resolve("docs/formats/examples");
    private static final Instant TAKEN = Instant.parse("2026-12-01T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aFolderOfScimDocumentsReadsLikeTheFilesInIt() throws FormatException {
        Path scim = EXAMPLES.resolve("scim");
        Snapshot fromFolder = SnapshotSources.fromScim(List.of(scim), "directory", null, "s", TAKEN);
        Snapshot fromFiles = SnapshotSources.fromScim(
                List.of(scim.resolve("groups.json"), scim.resolve("user-agent.json"), scim.resolve("users.json")),
                "directory",
                null,
                "s",
                TAKEN);

        assertThat(fromFolder).isEqualTo(fromFiles);
        assertThat(fromFolder.identities()).hasSize(5);
    }

    @Test
    void refusesAFolderWithoutJsonFiles() {
        assertThatThrownBy(() -> SnapshotSources.fromScim(List.of(dir), "directory", null, "s", TAKEN))
                .isInstanceOf(FormatException.class)
                .hasMessage(dir + ": the folder holds no .json file");
    }

    @Test
    void writtenSnapshotLoadsAsTheSameSnapshot() throws FormatException {
        Snapshot snapshot = SnapshotSources.fromAws(
                EXAMPLES.resolve("aws/authorization-details.json"),
                EXAMPLES.resolve("aws/credential-report.csv"),
                new ManagedSystem("aws", "Production account", "dpatel"),
                "aws-1",
                TAKEN);
        Path target = dir.resolve("aws.json");

        SnapshotOutput.Written written = SnapshotOutput.write(snapshot, target);

        assertThat(InputFiles.snapshot(target)).isEqualTo(snapshot);
        assertThat(written.digest().toString()).startsWith("sha256:");
    }

    @Test
    void snapshotThatWouldNotLoadIsRefusedBeforeAnythingIsWritten() throws IOException {
        Snapshot dangling = new Snapshot(
                "s",
                TAKEN,
                List.of(new Identity("svc", "Service", IdentityKind.SERVICE_ACCOUNT, null, null, null, "nobody", null)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        Path target = Files.writeString(dir.resolve("s.json"), "older");

        assertThatThrownBy(() -> SnapshotOutput.write(dangling, target))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("(as converted)")
                .hasMessageContaining("/identities/0/owner");
        assertThat(Files.readString(target)).isEqualTo("older");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
