package io.countersign.benchmarks.workload;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** A generated workload on disk: {@code snapshot.json}, {@code policy.json}, {@code drafts/*.json}, {@code outlier.json}. */
public record Workload(Path directory, WorkloadSize size, long seed) {

    public Path snapshot() {
        return directory.resolve("snapshot.json");
    }

    public Path policy() {
        return directory.resolve("policy.json");
    }

    public Path drafts() {
        return directory.resolve("drafts");
    }

    public Path outlier() {
        return directory.resolve("outlier.json");
    }

    /** The ordinary drafts, in id order. */
    public List<Path> draftFiles() {
        try (Stream<Path> files = Files.list(drafts())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Population population() {
        return new Population(size);
    }

    static Path marker(Path directory) {
        return directory.resolve("workload.properties");
    }

    /** The workload previously generated in {@code directory} with this size and seed, if it is complete. */
    static boolean present(Path directory, WorkloadSize size, long seed) {
        try {
            return Files.isRegularFile(marker(directory))
                    && Files.readString(marker(directory)).equals(describe(size, seed));
        } catch (IOException e) {
            return false;
        }
    }

    static String describe(WorkloadSize size, long seed) {
        return "size=" + size.name() + "\nseed=" + seed + "\n";
    }

    /** A workload generated earlier into {@code directory}. */
    public static Workload open(Path directory) {
        try {
            Properties marker = new Properties();
            marker.load(new StringReader(Files.readString(marker(directory))));
            return new Workload(
                    directory,
                    WorkloadSize.named(marker.getProperty("size")),
                    Long.parseLong(marker.getProperty("seed")));
        } catch (IOException e) {
            throw new UncheckedIOException("No generated workload in " + directory, e);
        }
    }
}
