package io.countersign.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondProcessTest {

    @TempDir
    Path dir;

    @Test
    void refusesASecondProcessWithAOneLineMessageNamingTheFolder() throws Exception {
        try (Workspace workspace = Workspace.open(dir)) {
            Process child = ChildJvm.start(TryOpenWorkspace.class, dir);
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(child.exitValue()).isEqualTo(TryOpenWorkspace.EXIT_BUSY);
            assertThat(output.strip()).doesNotContain("\n")
                    .contains(workspace.directory().toString())
                    .contains("already open");
        }
    }

    @Test
    void letsTheNextProcessInOnceTheFirstHasClosed() throws Exception {
        Workspace.open(dir).close();
        Process child = ChildJvm.start(TryOpenWorkspace.class, dir);
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
    }
}
