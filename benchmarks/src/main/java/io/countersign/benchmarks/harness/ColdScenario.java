package io.countersign.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.benchmarks.queue.ColdQueueLoad;
import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.workload.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * S2 cold: whole processes, timed from start to exit. Value and floor JVMs alternate so load on the
 * machine hits both alike; each side's figure is the median of its runs.
 */
final class ColdScenario {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ColdScenario() {}

    static List<Result> run(Workload workload, HarnessSettings settings) throws IOException, InterruptedException {
        int n = settings.coldRepeats();
        double[] valueWall = new double[n];
        double[] floorWall = new double[n];
        double[] valueWork = new double[n];
        double[] floorWork = new double[n];
        double[] heap = new double[n];
        for (int i = 0; i < n; i++) {
            Run value = launch(workload.directory(), "value");
            Run floor = launch(workload.directory(), "floor");
            valueWall[i] = value.wallMillis();
            floorWall[i] = floor.wallMillis();
            valueWork[i] = value.report().path("inProcessMs").asDouble();
            floorWork[i] = floor.report().path("inProcessMs").asDouble();
            heap[i] = value.report().path("retainedHeapBytes").asDouble() / (1 << 20);
        }
        List<Result> results = new ArrayList<>();
        results.add(new Result(
                "S2",
                "load queue cold: fresh JVM, read + strict parse + analysis, whole process",
                median(valueWall),
                median(floorWall),
                "ms",
                1500.0,
                8.0,
                String.format(
                        Locale.ROOT,
                        "median of %d processes each; runs %s vs floor %s; inside main(): value %.0f ms, floor %.0f ms;"
                                + " floor: fresh JVM reading and token-scanning the same files",
                        n,
                        Arrays.toString(round(valueWall)),
                        Arrays.toString(round(floorWall)),
                        median(valueWork),
                        median(floorWork))));
        results.add(new Result(
                "S2",
                "extra heap retained by the loaded, analysed queue",
                median(heap),
                null,
                "MB",
                1024.0,
                null,
                "used heap after GC, loaded queue minus before loading; median of " + n));
        return results;
    }

    private record Run(double wallMillis, JsonNode report) {}

    private static Run launch(Path workload, String side) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ColdQueueLoad.class.getName(),
                        workload.toAbsolutePath().toString(),
                        side)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        String text = new String(out, StandardCharsets.UTF_8).trim();
        if (exit != 0) {
            throw new IllegalStateException("cold " + side + " run exited with " + exit + ": " + text);
        }
        return new Run(wall, JSON.readTree(text.substring(text.lastIndexOf('\n') + 1)));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
