package io.countersign.benchmarks.startup;

import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.benchmarks.workload.WorkloadGenerator;
import io.countersign.benchmarks.workload.WorkloadSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * S1 and S2-GUI as whole processes: the workbench reopening a workspace that holds the whole
 * workload (10,000 drafts at full size), as a reviewer's morning start does, against a bare JavaFX
 * window on the same JDK and class path. Each side runs with and without a JDK AOT cache trained on
 * that same scripted start; the four kinds of run alternate so load hits them alike.
 *
 * <p>The workbench's start-up probe ({@code COUNTERSIGN_STARTUP=ready}) prints the wall-clock time of
 * its first frame, of the queue load beginning, of its first thousand rows drawn and of the whole
 * queue analysed and drawn; times here are from just before the process was started.
 */
public final class StartupScenario {
    private static final String MAIN = "io.countersign.app.Main";
    private static final long RUN_LIMIT_MINUTES = 5;

    private final Workload workload;
    private final Path out;
    private final int runs;
    private final int firstRows;

    private StartupScenario(Workload workload, Path out, int runs, int firstRows) {
        this.workload = workload;
        this.out = out;
        this.runs = runs;
        this.firstRows = firstRows;
    }

    /**
     * Runs S1 and S2-GUI alone on the full workload (or {@code --smoke}), printing the table:
     * {@code StartupScenario [--smoke] [--out DIR] [--runs N]}.
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        WorkloadSize size = WorkloadSize.FULL;
        Path out = Path.of("target", "benchmarks");
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> size = WorkloadSize.SMOKE;
                case "--out" -> out = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; expected --smoke, --out DIR, --runs N");
            }
        }
        long seed = WorkloadGenerator.DEFAULT_SEED;
        Workload workload =
                new WorkloadGenerator(size, seed).generate(out.resolve("workload-" + size.name() + "-" + seed));
        List<Result> results =
                run(workload, out, runs, Math.min(1_000, workload.draftFiles().size()));
        for (Result result : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%s | %s | %.0f %s | floor %s | ratio %s%n",
                    result.scenario(),
                    result.item(),
                    result.value(),
                    result.unit(),
                    result.floor() == null ? "-" : String.format(Locale.ROOT, "%.0f", result.floor()),
                    result.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2fx", result.ratio()));
        }
    }

    /** @param runs starts of each kind; {@code firstRows} is 1,000 at full size, fewer for a tiny queue */
    public static List<Result> run(Workload workload, Path out, int runs, int firstRows) throws Exception {
        return new StartupScenario(workload, out, runs, firstRows).measure();
    }

    private List<Result> measure() throws Exception {
        long fixtureStart = System.nanoTime();
        Path workspace = QueueWorkspace.prepare(
                workload, out.resolve("workspace-" + workload.size().name() + "-" + workload.seed()));
        System.out.printf(Locale.ROOT, "   workspace ready in %.1f s%n", (System.nanoTime() - fixtureStart) / 1e9);
        int drafts = workload.draftFiles().size();
        Path scratch = Files.createDirectories(out.resolve("startup"));
        Path config = Files.createDirectories(scratch.resolve("config").resolve("countersign"));
        Path appCache = scratch.resolve("workbench.aot");
        Path bareCache = scratch.resolve("bare.aot");
        Files.deleteIfExists(appCache);
        Files.deleteIfExists(bareCache);
        String classPath = ClassPathJars.forChildren(scratch);
        try (VirtualDisplay display = VirtualDisplay.open()) {
            Launcher launcher = new Launcher(display.name(), classPath, scratch.resolve("config"), config, workspace);
            // The caches are trained on the same start they then speed up, as the app image's is.
            launcher.run(List.of("-XX:AOTCacheOutput=" + appCache, "-Xlog:aot=error"), MAIN);
            launcher.run(List.of("-XX:AOTCacheOutput=" + bareCache, "-Xlog:aot=error"), BareWindow.class.getName());
            Map<String, List<Map<String, Long>>> byKind = new HashMap<>();
            for (int i = 0; i < runs; i++) {
                byKind.computeIfAbsent("app-aot", k -> new ArrayList<>()).add(launcher.run(aot(appCache), MAIN));
                byKind.computeIfAbsent("app", k -> new ArrayList<>()).add(launcher.run(List.of(), MAIN));
                byKind.computeIfAbsent("bare-aot", k -> new ArrayList<>())
                        .add(launcher.run(aot(bareCache), BareWindow.class.getName()));
                byKind.computeIfAbsent("bare", k -> new ArrayList<>())
                        .add(launcher.run(List.of(), BareWindow.class.getName()));
            }
            return results(byKind, drafts);
        }
    }

    private List<Result> results(Map<String, List<Map<String, Long>>> byKind, int drafts) {
        String rows = "rows-" + firstRows;
        double bareAot = median(byKind.get("bare-aot"), "first-frame");
        double bare = median(byKind.get("bare"), "first-frame");
        String queue = String.format(Locale.ROOT, "%,d-draft queue", drafts);
        String how = String.format(
                Locale.ROOT,
                "median of %d starts each, alternating; %s; floor: bare JavaFX window, same JDK, "
                        + "class path and cache treatment",
                runs,
                queue);
        List<Result> results = new ArrayList<>();
        results.add(new Result(
                "S1",
                "first frame, workspace with " + queue + " reopening, AOT cache",
                median(byKind.get("app-aot"), "first-frame"),
                bareAot,
                "ms",
                900.0,
                1.4,
                how + "; runs " + list(byKind.get("app-aot"), "first-frame") + " vs "
                        + list(byKind.get("bare-aot"), "first-frame")));
        results.add(new Result(
                "S1",
                "first frame, workspace with " + queue + " reopening, no AOT cache",
                median(byKind.get("app"), "first-frame"),
                bare,
                "ms",
                1500.0,
                1.4,
                how + "; runs " + list(byKind.get("app"), "first-frame") + " vs "
                        + list(byKind.get("bare"), "first-frame")));
        results.add(new Result(
                "S1",
                "first " + firstRows + " rows drawn, AOT cache",
                median(byKind.get("app-aot"), rows),
                bareAot,
                "ms",
                900.0,
                1.4,
                "from process start; runs " + list(byKind.get("app-aot"), rows)));
        results.add(new Result(
                "S1",
                "whole " + queue + " restored: analysed and drawn, AOT cache",
                median(byKind.get("app-aot"), "queue-ready"),
                bareAot,
                "ms",
                900.0,
                1.4,
                "from process start; runs " + list(byKind.get("app-aot"), "queue-ready")));
        results.add(new Result(
                "S1",
                "whole " + queue + " restored: analysed and drawn, no AOT cache",
                median(byKind.get("app"), "queue-ready"),
                bare,
                "ms",
                1500.0,
                1.4,
                "from process start; runs " + list(byKind.get("app"), "queue-ready")));
        List<Map<String, Long>> all = new ArrayList<>(byKind.get("app-aot"));
        all.addAll(byKind.get("app"));
        double[] firstRowsAfterLoad = all.stream()
                .mapToDouble(run -> required(run, rows) - required(run, "queue-load"))
                .toArray();
        results.add(new Result(
                "S2-GUI",
                "first " + firstRows + " queue rows drawn, from the start of the queue load",
                median(firstRowsAfterLoad),
                null,
                "ms",
                150.0,
                null,
                "workbench start-up runs with and without the cache; the load reads the drafts from the store, parses them, "
                        + "analyses in batches on every core; runs "
                        + Arrays.toString(Arrays.stream(firstRowsAfterLoad)
                                .mapToLong(Math::round)
                                .toArray())));
        return results;
    }

    private static List<String> aot(Path cache) {
        return List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=off");
    }

    /** Starts one process with the probe on and reads the times it prints. */
    private final class Launcher {
        private final String display;
        private final String classPath;
        private final Path configHome;
        private final Path settingsFolder;
        private final Path workspace;

        Launcher(String display, String classPath, Path configHome, Path settingsFolder, Path workspace) {
            this.display = display;
            this.classPath = classPath;
            this.configHome = configHome;
            this.settingsFolder = settingsFolder;
            this.workspace = workspace;
        }

        Map<String, Long> run(List<String> jvmOptions, String mainClass) throws IOException, InterruptedException {
            // Every start reopens the same workspace at the default window size, as the settings say.
            Files.writeString(
                    settingsFolder.resolve("workbench.properties"),
                    "workspace.last=" + workspace.toAbsolutePath().toString().replace("\\", "\\\\") + "\n",
                    StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("--enable-native-access=ALL-UNNAMED");
            command.add("-Dcountersign.startup.rows=" + firstRows);
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath, mainClass));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DISPLAY", display);
            builder.environment()
                    .put("XDG_CONFIG_HOME", configHome.toAbsolutePath().toString());
            builder.environment().put("COUNTERSIGN_STARTUP", "ready");
            long start = System.currentTimeMillis();
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(RUN_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        mainClass + " did not finish its start-up run within " + RUN_LIMIT_MINUTES + " minutes");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            Map<String, Long> times = new HashMap<>();
            for (String line : text.split("\n")) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 4 && line.startsWith("countersign startup: ")) {
                    times.put(parts[2], Long.parseLong(parts[3]) - start);
                }
            }
            if (process.exitValue() != 0 || !times.containsKey("first-frame")) {
                throw new IllegalStateException(
                        mainClass + " start-up run failed (exit " + process.exitValue() + "): " + text.strip());
            }
            return times;
        }
    }

    private static double median(List<Map<String, Long>> runs, String event) {
        return median(runs.stream().mapToDouble(run -> required(run, event)).toArray());
    }

    private static long required(Map<String, Long> run, String event) {
        Long time = run.get(event);
        if (time == null) {
            throw new IllegalStateException("a start-up run printed no '" + event + "' time: " + run);
        }
        return time;
    }

    private static String list(List<Map<String, Long>> runs, String event) {
        return runs.stream()
                .map(run -> String.valueOf(required(run, event)))
                .toList()
                .toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
