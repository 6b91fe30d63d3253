package io.countersign.persistence;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: measures what one durable chain append costs on this machine (ADR 0004).
 * Run with the test classpath: {@code java -cp … io.countersign.persistence.CommitCostProbe [n]}.
 */
public final class CommitCostProbe {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("commit-cost");
        try (Workspace workspace = Workspace.open(dir)) {
            for (int i = 0; i < 200; i++) { // warm up JIT and the file
                workspace.evidenceChain().append(Envelopes.decision("warm" + i));
            }
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                workspace.evidenceChain().append(Envelopes.decision("measure" + i));
            }
            double perCommitMs = (System.nanoTime() - start) / 1e6 / n;
            System.out.printf("durable append: %.3f ms per commit over %d commits%n", perCommitMs, n);
        }
    }
}
