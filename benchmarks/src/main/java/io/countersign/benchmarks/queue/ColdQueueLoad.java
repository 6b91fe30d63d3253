package io.countersign.benchmarks.queue;

import io.countersign.benchmarks.workload.Workload;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * S2 cold, run as a fresh JVM by the harness: {@code value} reads the queue's files, strict-parses and
 * analyses every draft; {@code floor} reads the same files and token-scans them. Prints one JSON line:
 * the in-process time and, for {@code value}, the heap the loaded queue retains.
 */
public final class ColdQueueLoad {
    private ColdQueueLoad() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        Workload workload = Workload.open(Path.of(args[0]));
        boolean value = args[1].equals("value");
        long baseline = value ? usedHeapAfterGc() : 0;
        long began = System.nanoTime();
        QueueBytes queue = QueueBytes.read(workload);
        long count;
        List<DraftAnalysis> analyses = null;
        if (value) {
            DraftAnalyzer analyzer = QueueLoad.analyzer(queue);
            analyses = QueueLoad.load(analyzer, queue);
            count = analyses.stream().mapToLong(a -> a.findings().size()).sum();
        } else {
            count = TokenScan.tokens(queue, true);
        }
        long workNanos = System.nanoTime() - began;
        queue = null;
        long retained = value ? usedHeapAfterGc() - baseline : 0;
        System.out.println("{\"inProcessMs\":" + workNanos / 1e6 + ",\"mainMs\":" + (System.nanoTime() - start) / 1e6
                + ",\"retainedHeapBytes\":" + retained + ",\"count\":" + count
                + ",\"drafts\":" + (analyses == null ? 0 : analyses.size()) + "}");
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
