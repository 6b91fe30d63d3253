package io.countersign.benchmarks.decision;

import java.util.Arrays;

/** Per-operation times of one measured run, in nanoseconds, and the wall time of the whole run. */
public record Latencies(long[] nanos, long wallNanos) {

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
