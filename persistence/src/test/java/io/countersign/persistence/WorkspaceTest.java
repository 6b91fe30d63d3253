package io.countersign.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void createsOnlyTheStoreAndTheInbox() throws IOException {
        Path workspaceDir = dir.resolve("ws");
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            workspace.blobs().put("draft", "{}".getBytes());
        }
        try (Stream<Path> entries = Files.list(workspaceDir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("store.mv.db", "inbox");
        }
        assertThat(workspaceDir.resolve("inbox")).isEmptyDirectory();
    }

    @Test
    void migratesOnFirstOpenOnly() {
        try (Workspace first = Workspace.open(dir)) {
            assertThat(first.migrationsApplied()).isPositive();
        }
        try (Workspace again = Workspace.open(dir)) {
            assertThat(again.migrationsApplied()).isZero();
        }
    }

    @Test
    void keepsDataAcrossReopen() {
        String digest;
        try (Workspace workspace = Workspace.open(dir)) {
            digest = workspace.blobs().put("policy", "{\"a\":1}".getBytes()).digest();
        }
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.blobs().get(digest)).isPresent();
        }
    }

    @Test
    void refusesASecondHandleInTheSameProcess() {
        try (Workspace ignored = Workspace.open(dir)) {
            assertThatThrownBy(() -> Workspace.open(dir))
                    .isInstanceOf(WorkspaceBusyException.class)
                    .hasMessageContaining(dir.toAbsolutePath().normalize().toString());
        }
    }

    @Test
    void refusesAPathH2WouldReadAsSettings() {
        assertThatThrownBy(() -> Workspace.open(dir.resolve("a;FILE_LOCK=NO")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canBeReopenedAfterClose() {
        Workspace.open(dir).close();
        try (Workspace again = Workspace.open(dir)) {
            assertThat(again.directory()).isEqualTo(dir.toAbsolutePath().normalize());
        }
    }
}
