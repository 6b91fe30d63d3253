package io.countersign.benchmarks.harness;

import io.countersign.benchmarks.decision.DecisionBench;
import io.countersign.benchmarks.decision.Latencies;
import io.countersign.benchmarks.decision.SignSyncInsertFloor;
import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.model.store.ChainEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * S5: signed durable decisions through the decision service, warm, against signing the same
 * statements and inserting and syncing the same envelope bytes with bare JDBC. Each round uses a
 * fresh workspace; the round with the median value is reported.
 */
final class DecisionScenario {
    private DecisionScenario() {}

    private record Round(Latencies value, Latencies floor) {
    }

    static List<Result> run(Workload workload, HarnessSettings settings, Path scratch) throws Exception {
        int warm = settings.decisionWarmup();
        int measured = settings.decisions();
        List<Round> rounds = new ArrayList<>();
        for (int r = 0; r < settings.decisionRounds(); r++) {
            Path dir = scratch.resolve("s5-round-" + r);
            delete(dir);
            Latencies value;
            List<ChainEntry> warmEntries;
            List<ChainEntry> entries;
            try (DecisionBench bench = new DecisionBench(dir.resolve("workspace"), workload, warm + measured)) {
                bench.record(0, warm);
                value = bench.record(warm, warm + measured);
                warmEntries = bench.entries(0, warm);
                entries = bench.entries(warm, warm + measured);
                try (SignSyncInsertFloor floor = new SignSyncInsertFloor(dir)) {
                    floor.run(warmEntries, bench.key());
                    rounds.add(new Round(value, floor.run(entries, bench.key())));
                }
            }
            delete(dir);
        }
        rounds.sort(Comparator.comparingDouble(round -> round.value().totalMillis()));
        Round median = rounds.get(rounds.size() / 2);
        String spread = rounds.stream().map(round -> String.format(Locale.ROOT, "%.0f/%.0f", round.value().totalMillis(),
                round.floor().totalMillis())).toList().toString();
        return List.of(
                new Result("S5", "record " + measured + " signed durable decisions (warm)", median.value().totalMillis(),
                        median.floor().totalMillis(), "ms", measured == 1_000 ? 250.0 : null, 2.0,
                        "median of " + rounds.size() + " rounds (value/floor ms per round: " + spread + ") after " + warm
                                + " warm-up decisions; floor: Ed25519 sign + raw JDBC insert + CHECKPOINT SYNC per decision"),
                new Result("S5", "click to durable, p99 per decision", median.value().percentileMillis(99),
                        median.floor().percentileMillis(99), "ms", 20.0, null,
                        String.format(Locale.ROOT, "p50 %.2f ms (floor p50 %.2f ms), same round as above",
                                median.value().percentileMillis(50), median.floor().percentileMillis(50))));
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
