package io.countersign.benchmarks.harness;

import io.countersign.benchmarks.decision.DecisionBench;
import io.countersign.benchmarks.decision.Latencies;
import io.countersign.benchmarks.decision.SignSyncInsertFloor;
import io.countersign.benchmarks.report.Folders;
import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.workload.Workload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * S5: signed durable decisions through the decision service, warm, against signing the same
 * statements and inserting and syncing the same envelope bytes with bare JDBC. Each round uses a
 * fresh workspace; the round with the median value is reported.
 */
final class DecisionScenario {
    /** Decisions measured before the floor takes its turn on the same envelopes. */
    private static final int BLOCK = 100;

    private DecisionScenario() {}

    private record Round(Latencies value, Latencies floor) {}

    static List<Result> run(Workload workload, HarnessSettings settings, Path scratch) throws Exception {
        int warm = settings.decisionWarmup();
        int measured = settings.decisions();
        List<Round> rounds = new ArrayList<>();
        for (int r = 0; r < settings.decisionRounds(); r++) {
            Path dir = scratch.resolve("s5-round-" + r);
            Folders.delete(dir);
            try (DecisionBench bench = new DecisionBench(dir.resolve("workspace"), workload, warm + measured);
                    SignSyncInsertFloor floor = new SignSyncInsertFloor(dir)) {
                bench.record(0, warm);
                floor.run(bench.entries(0, warm), bench.key());
                // Value and floor take turns in blocks, so both see the same load and disk (the machine is shared).
                List<Latencies> values = new ArrayList<>();
                List<Latencies> floors = new ArrayList<>();
                for (int from = warm; from < warm + measured; from += BLOCK) {
                    int to = Math.min(from + BLOCK, warm + measured);
                    values.add(bench.record(from, to));
                    floors.add(floor.run(bench.entries(from, to), bench.key()));
                }
                rounds.add(new Round(Latencies.concat(values), Latencies.concat(floors)));
            }
            Folders.delete(dir);
        }
        rounds.sort(Comparator.comparingDouble(round -> round.value().totalMillis()));
        Round median = rounds.get(rounds.size() / 2);
        String spread = rounds.stream()
                .map(round -> String.format(
                        Locale.ROOT,
                        "%.0f/%.0f",
                        round.value().totalMillis(),
                        round.floor().totalMillis()))
                .toList()
                .toString();
        return List.of(
                new Result(
                        "S5",
                        "record " + measured + " signed durable decisions (warm)",
                        median.value().totalMillis(),
                        median.floor().totalMillis(),
                        "ms",
                        measured == 1_000 ? 250.0 : null,
                        2.0,
                        "median of " + rounds.size() + " rounds (value/floor ms per round: " + spread + ") after "
                                + warm
                                + " warm-up decisions, value and floor alternating in blocks of " + BLOCK
                                + "; floor: Ed25519 sign + raw JDBC insert + CHECKPOINT SYNC per decision"),
                new Result(
                        "S5",
                        "click to durable, p99 per decision",
                        median.value().percentileMillis(99),
                        median.floor().percentileMillis(99),
                        "ms",
                        20.0,
                        null,
                        String.format(
                                Locale.ROOT,
                                "p50 %.2f ms (floor p50 %.2f ms), same round as above",
                                median.value().percentileMillis(50),
                                median.floor().percentileMillis(50))));
    }
}
