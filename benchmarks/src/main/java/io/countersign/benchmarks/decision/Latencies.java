package io.countersign.benchmarks.decision;

import java.util.Arrays;
import java.util.List;

/** Per-operation times of one measured run, in nanoseconds, and the wall time of the whole run. */
public record Latencies(long[] nanos, long wallNanos) {

    /** The runs one after the other: all their operations, and the sum of their wall times. */
    public static Latencies concat(List<Latencies> runs) {
        long[] all =
                runs.stream().flatMapToLong(run -> Arrays.stream(run.nanos())).toArray();
        return new Latencies(all, runs.stream().mapToLong(Latencies::wallNanos).sum());
    }

    public double totalMillis() {
        return wallNanos / 1e6;
    }

    /** The {@code p}th percentile (nearest rank), in milliseconds. */
    public double percentileMillis(double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
