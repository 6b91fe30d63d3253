package io.countersign.services.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.decision.DecisionRecord;
import io.countersign.persistence.ChildJvm;
import io.countersign.persistence.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 while decisions are being recorded: every acknowledged decision survives and the chain verifies. */
class DecisionCrashTest {

    private static final int ACKS_BEFORE_KILL = 250;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyAcknowledgedDecisionSurvivesAKillNine() throws Exception {
        Workspace.open(dir).close();
        Process child = ChildJvm.start(RecordDecisionsUntilKilled.class, dir);
        List<String> acknowledged = new ArrayList<>();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.split(" ")[2]);
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSize(ACKS_BEFORE_KILL);

        try (Workspace reopened = Workspace.open(dir)) {
            StoreVerification verification = new StoreVerifier(reopened).verify();
            assertThat(verification.firstBroken()).isEmpty();
            List<String> recorded = verification.verifiedDecisions().stream()
                    .map(DecisionRecord::draftId)
                    .toList();
            assertThat(recorded).containsAll(acknowledged);
        }
    }
}
