package io.countersign.benchmarks.harness;

import io.countersign.benchmarks.convert.ConversionScenario;
import io.countersign.benchmarks.gate.GateScenario;
import io.countersign.benchmarks.mcp.McpScenario;
import io.countersign.benchmarks.report.Machine;
import io.countersign.benchmarks.report.Pending;
import io.countersign.benchmarks.report.Report;
import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.startup.StartupScenario;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.benchmarks.workload.WorkloadGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every measurable scenario of the ship-and-measure issue and reports value, floor and ratio
 * against the targets. Usage: {@code BenchmarkHarness [--smoke] [--out DIR] [--seed N] [--only S1|S2|…|S12]}; see
 * docs/benchmarks.md and benchmarks/run.sh.
 */
public final class BenchmarkHarness {
    /** S1 starts of each kind (workbench and bare window, with and without the cache) at full size. */
    private static final int STARTUP_RUNS = 5;

    private static final int FIRST_ROWS = 1_000;

    private BenchmarkHarness() {}

    public static void main(String[] args) throws Exception {
        HarnessSettings settings = HarnessSettings.FULL;
        Path out = Path.of("target", "benchmarks");
        long seed = WorkloadGenerator.DEFAULT_SEED;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> settings = HarnessSettings.SMOKE;
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--only" -> only = args[++i];
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i]
                                    + "; expected --smoke, --out DIR, --seed N, --only S1|S2|S2-GUI|S3|S4|S5|S6|S7|S8|S10|S11|S12");
            }
        }
        Report report = run(settings, out, seed, only);
        System.out.println();
        System.out.println(report.header());
        System.out.println(report.table());
        System.out.println("written: " + out.resolve("results.json") + " and results.md");
    }

    public static Report run(HarnessSettings settings, Path out, long seed) throws Exception {
        return run(settings, out, seed, null);
    }

    /** @param only one scenario ("S5"), or null for all; JMH runs S2 warm, S3 and S4 together */
    public static Report run(HarnessSettings settings, Path out, long seed, String only) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String loadBefore = Machine.loadAverage();
        boolean smoke = settings.name().equals("smoke");
        // S10, S11 and S12 bring their own inputs; the drafts workload is generated only when a scenario reads it.
        Workload workload = null;
        if (only == null || !List.of("S10", "S11", "S12").contains(only)) {
            progress("generating the " + settings.size().name() + " workload (seed " + seed + ")");
            workload = new WorkloadGenerator(settings.size(), seed)
                    .generate(out.resolve("workload-" + settings.size().name() + "-" + seed));
        }
        List<Result> results = new ArrayList<>();
        if (only == null || List.of("S2", "S3", "S4").contains(only)) {
            progress("S2 warm, S3, S4 under JMH");
            results.addAll(JmhScenarios.run(workload, settings));
        }
        if (only == null || only.equals("S2")) {
            progress("S2 cold: fresh JVMs");
            results.addAll(ColdScenario.run(workload, settings));
        }
        if (only == null || only.equals("S5")) {
            progress("S5: signed durable decisions");
            results.addAll(DecisionScenario.run(workload, settings, out));
        }
        if (only == null || List.of("S1", "S2-GUI").contains(only)) {
            progress("S1, S2-GUI: workbench start-up on the workload's workspace");
            results.addAll(StartupScenario.run(
                    workload,
                    out,
                    settings.name().equals("smoke") ? 1 : STARTUP_RUNS,
                    Math.min(FIRST_ROWS, workload.draftFiles().size())));
        }
        if (only == null || List.of("S6", "S7").contains(only)) {
            progress("S6, S7: export and verify a decision pack");
            results.addAll(PackScenario.run(workload, settings, out, seed));
        }
        if (only == null || only.equals("S10")) {
            progress("S10: the approval gate, warm and in a fresh process");
            results.addAll(GateScenario.run(examples(), out, smoke ? 20 : 2_000, smoke ? 1 : 7));
        }
        if (only == null || only.equals("S11")) {
            progress("S11: the MCP intake's submit_draft round trip, warm");
            results.addAll(McpScenario.run(out, smoke ? 20 : 300, smoke ? 50 : 1_000));
        }
        ConversionScenario.Settings conversion =
                smoke ? ConversionScenario.Settings.SMOKE : ConversionScenario.Settings.FULL;
        if (only == null || only.equals("S12")) {
            progress("S12: snapshots from a SCIM export and an AWS account");
            results.addAll(ConversionScenario.run(conversion));
        }
        if (only == null || only.equals("S8")) {
            progress("S8: the queue table with "
                    + QueueTableSettings.of(settings).rows() + " rows, fresh JVM");
            results.addAll(QueueTableScenario.run(workload, settings));
        }
        results.sort(Comparator.comparing(Result::scenario));
        Report report = new Report(
                settings.size().name() + " " + settings.size() + ", seed " + seed,
                Machine.current(),
                loadBefore,
                Machine.loadAverage(),
                settings.describe() + "; "
                        + PackScenario.PackSettings.of(settings).describe() + "; "
                        + QueueTableSettings.of(settings).describe() + "; "
                        + conversion.describe(),
                results,
                Pending.ALL);
        report.write(out);
        return report;
    }

    /** The published example inputs, from the repository root or a module folder. */
    private static Path examples() {
        Path here = Path.of("docs", "formats", "examples");
        return Files.isDirectory(here) ? here : Path.of("..").resolve(here);
    }

    private static void progress(String step) {
        System.out.println("== " + step + " [" + Instant.now() + ", load average " + Machine.loadAverage() + "]");
    }
}
