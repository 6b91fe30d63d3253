package io.countersign.benchmarks.harness;

import io.countersign.benchmarks.workload.WorkloadSize;
import java.util.List;

/**
 * How long and how often each kind of scenario is measured. Fixed per mode so two runs of the same
 * mode are comparable; {@link #SMOKE} only proves every scenario still runs.
 *
 * @param forks           JMH forks (0 runs in this JVM)
 * @param warmups         JMH warm-up iterations per fork
 * @param iterations      JMH measured iterations per fork
 * @param iterationMillis JMH iteration length for average-time benchmarks
 * @param growthRules     rule counts for S3 growth
 * @param coldRepeats     fresh JVMs per side for S2 cold
 * @param decisionWarmup  decisions recorded before measuring S5, per round
 * @param decisions       decisions measured per round
 * @param decisionRounds  S5 rounds, each on a fresh workspace
 */
public record HarnessSettings(
        String name,
        WorkloadSize size,
        int forks,
        int warmups,
        int iterations,
        int iterationMillis,
        List<String> growthRules,
        int coldRepeats,
        int decisionWarmup,
        int decisions,
        int decisionRounds) {

    public static final HarnessSettings FULL = new HarnessSettings(
            "full", WorkloadSize.FULL, 2, 3, 5, 1_000, List.of("50", "500", "5000"), 5, 300, 1_000, 3);
    public static final HarnessSettings SMOKE =
            new HarnessSettings("smoke", WorkloadSize.SMOKE, 0, 0, 1, 50, List.of("50", "500"), 1, 2, 10, 1);

    public String describe() {
        return name + ": JMH forks=" + forks + ", warm-up " + warmups + " x " + iterationMillis + " ms, measured "
                + iterations
                + " x " + iterationMillis + " ms (S2 warm: single shots, same counts); S2 cold: " + coldRepeats
                + " fresh JVMs per side, median; S5: " + decisionRounds + " rounds of " + decisionWarmup + " warm-up + "
                + decisions + " measured decisions, median round";
    }
}
