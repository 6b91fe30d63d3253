package io.countersign.benchmarks.harness;

import io.countersign.benchmarks.report.Machine;
import io.countersign.benchmarks.report.Pending;
import io.countersign.benchmarks.report.Report;
import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.benchmarks.workload.WorkloadGenerator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every measurable scenario of the ship-and-measure issue and reports value, floor and ratio
 * against the targets. Usage: {@code BenchmarkHarness [--smoke] [--out DIR] [--seed N]}; see
 * docs/benchmarks.md and benchmarks/run.sh.
 */
public final class BenchmarkHarness {
    private BenchmarkHarness() {}

    public static void main(String[] args) throws Exception {
        HarnessSettings settings = HarnessSettings.FULL;
        Path out = Path.of("target", "benchmarks");
        long seed = WorkloadGenerator.DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> settings = HarnessSettings.SMOKE;
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; expected --smoke, --out DIR, --seed N");
            }
        }
        Report report = run(settings, out, seed);
        System.out.println();
        System.out.println(report.header());
        System.out.println(report.table());
        System.out.println("written: " + out.resolve("results.json") + " and results.md");
    }

    public static Report run(HarnessSettings settings, Path out, long seed) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String loadBefore = Machine.loadAverage();
        progress("generating the " + settings.size().name() + " workload (seed " + seed + ")");
        Workload workload = new WorkloadGenerator(settings.size(), seed)
                .generate(out.resolve("workload-" + settings.size().name() + "-" + seed));
        List<Result> results = new ArrayList<>();
        progress("S2 warm, S3, S4 under JMH");
        results.addAll(JmhScenarios.run(workload, settings));
        progress("S2 cold: fresh JVMs");
        results.addAll(ColdScenario.run(workload, settings));
        progress("S5: signed durable decisions");
        results.addAll(DecisionScenario.run(workload, settings, out));
        progress("S8: the queue table with " + QueueTableSettings.of(settings).rows() + " rows, fresh JVM");
        results.addAll(QueueTableScenario.run(workload, settings));
        results.sort(Comparator.comparing(Result::scenario));
        Report report = new Report(settings.size().name() + " " + settings.size() + ", seed " + seed, Machine.current(),
                loadBefore, Machine.loadAverage(), settings.describe() + "; " + QueueTableSettings.of(settings).describe(), results, Pending.ALL);
        report.write(out);
        return report;
    }

    private static void progress(String step) {
        System.out.println("== " + step + " [" + Instant.now() + ", load average " + Machine.loadAverage() + "]");
    }
}
