package io.countersign.services.evidence;

import io.countersign.model.decision.DecisionInput;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Outcome;
import io.countersign.persistence.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Child process for the crash test: records up to 1,000 decisions, printing each one once it is acknowledged. */
public final class RecordDecisionsUntilKilled {
    private RecordDecisionsUntilKilled() {}

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.fixed(ReviewFixture.NOW, ZoneOffset.UTC);
        try (Workspace workspace = Workspace.open(Path.of(args[0]), clock)) {
            ReviewFixture fixture = new ReviewFixture(workspace);
            SigningKey key = fixture.keyFor("u-kim");
            DecisionService service = new DecisionService(workspace, clock, "test", false);
            for (int i = 1; i <= 1000; i++) {
                String id = "d-" + i;
                ReviewFixture.Stored draft = fixture.importDraft(
                        ReviewFixture.draftJson(id, 1, "u-cy", "erp.report-read", "2026-12-01T00:00:00Z")
                                .replace(
                                        "\"add\": [{\"entitlement\": \"erp.report-read\"",
                                        "\"remove\": [{\"entitlement\": \"erp.report-read\""));
                RecordedDecision recorded = service.record(
                        fixture.material(draft),
                        "u-kim",
                        new DecisionInput(id, 1, Outcome.APPROVE, List.of(), null, null, Set.of(), null),
                        key);
                System.out.println("ACK " + recorded.seq() + " " + id);
                System.out.flush();
            }
        }
    }
}
