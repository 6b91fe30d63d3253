package io.countersign.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the figures were measured on: CPUs, memory, JDK, and the load average (other work on the machine). */
public record Machine(int cpus, String cpuModel, String memory, String jdk, String os) {

    public static Machine current() {
        String model = line(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
        String memory = line(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Long.parseLong(v.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
                .orElse(Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB max heap");
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                model,
                memory,
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> line(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith(key))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
