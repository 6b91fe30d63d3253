package io.countersign.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.benchmarks.gui.QueueTableRun;
import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.workload.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

/**
 * S8: the real workbench with a large queue on a headless stage (Monocle, software rendering), in a
 * fresh JVM ({@link QueueTableRun}). Floors are {@code List.sort} of the same rows with the same
 * column comparator, taken in that JVM just before each sort.
 */
final class QueueTableScenario {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueueTableScenario() {}

    static List<Result> run(Workload workload, HarnessSettings harness) throws IOException, InterruptedException {
        QueueTableSettings settings = QueueTableSettings.of(harness);
        JsonNode run = launch(workload.directory(), settings);
        String rows = String.format(Locale.ROOT, "%,d rows", settings.rows());
        String setup = String.format(
                Locale.ROOT,
                "Monocle headless, %s pipeline, 1440x900 workbench; rows built in %.0f ms,"
                        + " loaded and analysed in %.0f ms",
                run.path("pipeline").asText(),
                run.path("buildMs").asDouble(),
                run.path("loadMs").asDouble());
        double defaultFloor = run.path("sortFloorDefaultMs").asDouble();
        List<Result> results = new ArrayList<>();
        double[] frames = doubles(run.path("frameMs"));
        double idle = percentile(doubles(run.path("idleFrameMs")), 50);
        results.add(new Result(
                "S8",
                "scroll " + rows + ": frame time p95 (pulse to pulse)",
                percentile(frames, 95),
                defaultFloor,
                "ms",
                33.0,
                null,
                String.format(
                        Locale.ROOT,
                        "%d frames after as many warm-up: page down, then jumps across"
                                + " the table; p50 %.1f ms, max %.1f ms; an idle pulse takes %.1f ms; floor: List.sort by severity; %s",
                        frames.length,
                        percentile(frames, 50),
                        percentile(frames, 100),
                        idle,
                        setup)));
        for (JsonNode sort : run.path("sorts")) {
            double[] value = doubles(sort.path("ms"));
            double[] floor = doubles(sort.path("floorMs"));
            results.add(new Result(
                    "S8",
                    "sort " + rows + " by " + sort.path("column").asText() + ", click to next frame",
                    ColdScenario.median(value),
                    ColdScenario.median(floor),
                    "ms",
                    200.0,
                    3.0,
                    "median of " + value.length + " (" + Arrays.toString(round(value))
                            + "); floor: List.sort of the same rows" + " with the column's comparator, median ("
                            + Arrays.toString(round(floor)) + ")"));
        }
        results.add(new Result(
                "S8",
                "select all " + rows + ", to next frame",
                run.path("selectAllMs").asDouble(),
                defaultFloor,
                "ms",
                null,
                null,
                "the queue is single-selection: this and the clear run with the table switched to"
                        + " multiple selection; floor: List.sort by severity"));
        results.add(new Result(
                "S8",
                "clear a selection of " + rows + ", to next frame",
                run.path("clearMs").asDouble(),
                defaultFloor,
                "ms",
                100.0,
                null,
                "the queue's own path (no draft selected); floor: List.sort by severity"));
        return results;
    }

    private static JsonNode launch(Path workload, QueueTableSettings settings)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("countersign-s8-", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Dglass.platform=Monocle",
                        "-Dmonocle.platform=Headless",
                        "-Dprism.order=sw",
                        "-Djavafx.animation.fullspeed=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        QueueTableRun.class.getName(),
                        workload.toAbsolutePath().toString(),
                        String.valueOf(settings.rows()),
                        String.valueOf(settings.scrollFrames()),
                        String.valueOf(settings.sortRepeats()))
                .redirectError(log.toFile());
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            int exit = process.waitFor();
            String text = new String(out, StandardCharsets.UTF_8).trim();
            if (exit != 0) {
                // JavaFX writes start-up warnings to stderr; only a failed run's log is worth showing.
                throw new IllegalStateException(
                        "S8 run exited with " + exit + ": " + text + "\n" + Files.readString(log));
            }
            return JSON.readTree(text.substring(text.lastIndexOf('\n') + 1));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static double[] doubles(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .mapToDouble(JsonNode::asDouble)
                .toArray();
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
