package io.countersign.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.store.ChainEntry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CrashDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void everyAcknowledgedEntrySurvivesAKillNineWithTheChainIntact() throws Exception {
        Workspace.open(dir).close(); // migrate up front so the child spends its time appending
        Process child = ChildJvm.start(AppendUntilKilled.class, dir);
        long lastAcked = 0;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (lastAcked < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAcked = Long.parseLong(line.substring(4));
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
        }
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(lastAcked).isEqualTo(ACKS_BEFORE_KILL);

        try (Workspace reopened = Workspace.open(dir);
                Stream<ChainEntry> entries = reopened.evidenceChain().entries()) {
            List<ChainEntry> all = entries.toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo((int) lastAcked);
            for (int i = 0; i < all.size(); i++) {
                ChainEntry entry = all.get(i);
                assertThat(entry.seq()).isEqualTo(i + 1);
                assertThat(entry.entryHash()).isEqualTo(ContentDigest.sha256Hex(entry.envelope()));
                assertThat(entry.prevEntryHash())
                        .isEqualTo(i == 0 ? null : all.get(i - 1).entryHash());
            }
        }
    }
}
