package io.countersign.benchmarks.jmh;

import io.countersign.benchmarks.queue.QueueBytes;
import io.countersign.benchmarks.queue.QueueLoad;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.format.Draft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The generated workload every benchmark reads, found through the {@value #PROPERTY} system property
 * the harness sets: its bytes, the analyser built on its snapshot and policy, and the parsed drafts.
 */
@State(Scope.Benchmark)
public class WorkloadState {
    public static final String PROPERTY = "countersign.bench.workload";

    public Workload workload;
    public QueueBytes bytes;
    public DraftAnalyzer analyzer;
    public List<Draft> drafts;
    public Draft outlier;

    @Setup
    public void read() throws Exception {
        workload = Workload.open(Path.of(System.getProperty(PROPERTY)));
        bytes = QueueBytes.read(workload);
        analyzer = QueueLoad.analyzer(bytes);
        drafts = QueueLoad.parse(bytes);
        outlier = QueueLoad.parse("outlier.json", Files.readAllBytes(workload.outlier()));
    }
}
