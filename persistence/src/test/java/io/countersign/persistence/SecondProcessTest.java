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
            assertThat(finishes(child)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(child.exitValue()).isEqualTo(TryOpenWorkspace.EXIT_BUSY);
            assertThat(output.strip())
                    .doesNotContain("\n")
                    .contains(workspace.directory().toString())
                    .contains("already open");
        }
    }

    @Test
    void letsTheNextProcessInOnceTheFirstHasClosed() throws Exception {
        Workspace.open(dir).close();
        Process child = ChildJvm.start(TryOpenWorkspace.class, dir);
        assertThat(finishes(child)).isTrue();
        assertThat(child.exitValue()).isZero();
    }

    private static boolean finishes(Process child) throws InterruptedException {
        if (child.waitFor(30, TimeUnit.SECONDS)) {
            return true;
        }
        child.destroyForcibly(); // never leave a stray JVM holding the workspace
        return false;
    }
}
