package io.countersign.benchmarks.queue;

import io.countersign.benchmarks.workload.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The queue's input files read into memory once, so value and floor run over the very same bytes. */
public record QueueBytes(byte[] snapshot, byte[] policy, List<Named> drafts) {

    /** One draft file's name (for error messages) and bytes. */
    public record Named(String name, byte[] bytes) {}

    public static QueueBytes read(Workload workload) {
        List<Named> drafts = new ArrayList<>();
        for (Path file : workload.draftFiles()) {
            drafts.add(new Named(file.getFileName().toString(), bytes(file)));
        }
        return new QueueBytes(bytes(workload.snapshot()), bytes(workload.policy()), List.copyOf(drafts));
    }

    public long draftBytes() {
        return drafts.stream().mapToLong(d -> d.bytes().length).sum();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
