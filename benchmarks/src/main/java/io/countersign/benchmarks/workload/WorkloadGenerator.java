package io.countersign.benchmarks.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes a workload in the real input formats, so the strict readers parse it as they would a
 * customer's files. Same size and seed, same bytes: every random choice comes from a seeded
 * {@link java.util.Random}, whose sequence the Java specification fixes.
 */
public final class WorkloadGenerator {
    public static final long DEFAULT_SEED = 20261121L;

    private final WorkloadSize size;
    private final long seed;

    public WorkloadGenerator(WorkloadSize size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** Generates into {@code directory}, or reuses what an earlier run with the same size and seed left there. */
    public Workload generate(Path directory) {
        Workload workload = new Workload(directory, size, seed);
        if (Workload.present(directory, size, seed)) {
            return workload;
        }
        try {
            Files.createDirectories(workload.drafts());
            Files.deleteIfExists(Workload.marker(directory));
            Population population = new Population(size);
            List<List<String>> roles = SnapshotGenerator.roles(population, seed);
            Files.write(workload.snapshot(), new SnapshotGenerator(population, seed).write(roles));
            Files.write(workload.policy(), PolicyGenerator.write(population, seed));
            DraftGenerator drafts = new DraftGenerator(population, seed);
            IntStream.range(0, size.drafts())
                    .parallel()
                    .forEach(n -> write(workload.drafts().resolve(DraftGenerator.id(n) + ".json"), drafts.draft(n)));
            Files.write(workload.outlier(), drafts.outlier());
            Files.writeString(Workload.marker(directory), Workload.describe(size, seed));
            return workload;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workload to " + directory, e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
