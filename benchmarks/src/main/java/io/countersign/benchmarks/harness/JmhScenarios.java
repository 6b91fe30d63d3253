package io.countersign.benchmarks.harness;

import io.countersign.benchmarks.jmh.DiffBenchmark;
import io.countersign.benchmarks.jmh.QueueLoadBenchmark;
import io.countersign.benchmarks.jmh.SodBenchmark;
import io.countersign.benchmarks.jmh.SodGrowthBenchmark;
import io.countersign.benchmarks.jmh.WorkloadState;
import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.workload.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** S2 warm, S3 and S4: pure computation under JMH, each value paired with its floor from the same run. */
final class JmhScenarios {
    private JmhScenarios() {}

    static List<Result> run(Workload workload, HarnessSettings settings) throws RunnerException {
        String property = workload.directory().toAbsolutePath().toString();
        System.setProperty(WorkloadState.PROPERTY, property); // for forks=0
        Options options = new OptionsBuilder()
                .include(pattern(
                        QueueLoadBenchmark.class, SodBenchmark.class, SodGrowthBenchmark.class, DiffBenchmark.class))
                .forks(settings.forks())
                .warmupIterations(settings.warmups())
                .measurementIterations(settings.iterations())
                .warmupTime(TimeValue.milliseconds(settings.iterationMillis()))
                .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
                .param("rules", settings.growthRules().toArray(String[]::new))
                .jvmArgsAppend("-D" + WorkloadState.PROPERTY + "=" + property)
                .shouldFailOnError(true)
                .verbosity(settings.forks() == 0 ? VerboseMode.SILENT : VerboseMode.NORMAL)
                .build();
        return results(new Runner(options).run(), settings);
    }

    private static String pattern(Class<?>... classes) {
        StringBuilder regex = new StringBuilder("^(");
        for (int i = 0; i < classes.length; i++) {
            regex.append(i == 0 ? "" : "|").append(classes[i].getName().replace(".", "\\."));
        }
        return regex.append(")\\.").toString();
    }

    /** Scores by "Class.method" (and "Class.method@rules" for the growth runs), in milliseconds. */
    static Map<String, Score> scores(Collection<RunResult> runs) {
        Map<String, Score> scores = new HashMap<>();
        for (RunResult run : runs) {
            String benchmark = run.getParams().getBenchmark();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            String rules = run.getParams().getParam("rules");
            if (rules != null && name.startsWith("SodGrowth")) {
                name += "@" + rules;
            }
            var primary = run.getPrimaryResult();
            double toMillis = millisPer(primary.getScoreUnit());
            scores.put(
                    name,
                    new Score(
                            primary.getScore() * toMillis,
                            primary.getScoreError() * toMillis,
                            primary.getStatistics().getN()));
        }
        return scores;
    }

    record Score(double millis, double error, long samples) {
        String detail() {
            return String.format(
                    Locale.ROOT,
                    "JMH mean of %d samples, +/- %.4f ms (99.9%% CI)",
                    samples,
                    Double.isNaN(error) ? 0 : error);
        }
    }

    private static double millisPer(String unit) {
        TimeUnit time = switch (unit.substring(0, unit.indexOf('/'))) {
            case "ns" -> TimeUnit.NANOSECONDS;
            case "us" -> TimeUnit.MICROSECONDS;
            case "ms" -> TimeUnit.MILLISECONDS;
            case "s" -> TimeUnit.SECONDS;
            default -> throw new IllegalStateException("unexpected JMH unit " + unit);
        };
        return time.toNanos(1) / 1e6;
    }

    private static List<Result> results(Collection<RunResult> runs, HarnessSettings settings) {
        Map<String, Score> s = scores(runs);
        List<Result> results = new ArrayList<>();
        results.add(pair(
                "S2",
                "load queue warm: strict parse + analysis",
                s,
                "QueueLoadBenchmark.parseAndAnalyse",
                "QueueLoadBenchmark.tokenScanFloor",
                500.0,
                6.0,
                "floor: Jackson token scan of the same draft bytes"));
        results.add(pair(
                "S3",
                "SoD, whole queue (proposed access of every changed identity)",
                s,
                "SodBenchmark.queue",
                "SodBenchmark.queueFloor",
                50.0,
                3.0,
                "floor: one HashMap probe per held entitlement"));
        results.add(pair(
                "S3",
                "SoD, outlier draft (5,000 entitlements added)",
                s,
                "SodBenchmark.outlier",
                "SodBenchmark.outlierFloor",
                5.0,
                3.0,
                "floor: one HashMap probe per held entitlement"));
        results.add(pair(
                "S3",
                "SoD, one toggled entitlement (outlier identity re-evaluated)",
                s,
                "SodBenchmark.toggled",
                "SodBenchmark.toggledFloor",
                1.0,
                3.0,
                "floor: one HashMap probe per held entitlement"));
        String smallest = settings.growthRules().getFirst();
        for (String rules :
                settings.growthRules().subList(1, settings.growthRules().size())) {
            results.add(pair(
                    "S3",
                    "SoD growth, whole queue, " + smallest + " -> " + rules + " rules",
                    s,
                    "SodGrowthBenchmark.queue@" + rules,
                    "SodGrowthBenchmark.queue@" + smallest,
                    null,
                    rules.equals("5000") ? 1.5 : null,
                    "floor column: the same evaluation with " + smallest + " rules"));
        }
        results.add(pair(
                "S4",
                "diff 5,000 vs 5,000, 10% churn",
                s,
                "DiffBenchmark.churn",
                "DiffBenchmark.churnFloor",
                2.0,
                2.0,
                "floor: building both keyed maps"));
        results.add(pair(
                "S4",
                "diff 5,000 vs 5,000, disjoint",
                s,
                "DiffBenchmark.disjoint",
                "DiffBenchmark.disjointFloor",
                2.0,
                2.0,
                "floor: building both keyed maps"));
        results.add(pair(
                "S4",
                "disjoint vs churn",
                s,
                "DiffBenchmark.disjoint",
                "DiffBenchmark.churn",
                null,
                2.0,
                "floor column: the churn diff"));
        return results;
    }

    private static Result pair(
            String scenario,
            String item,
            Map<String, Score> scores,
            String value,
            String floor,
            Double targetValue,
            Double targetRatio,
            String floorIs) {
        Score v = required(scores, value);
        Score f = required(scores, floor);
        return new Result(
                scenario,
                item,
                v.millis(),
                f.millis(),
                "ms",
                targetValue,
                targetRatio,
                "value: " + v.detail() + "; " + floorIs + ": " + f.detail());
    }

    private static Score required(Map<String, Score> scores, String name) {
        Score score = scores.get(name);
        if (score == null) {
            throw new IllegalStateException("JMH produced no result for " + name + " (have " + scores.keySet() + ")");
        }
        return score;
    }
}
