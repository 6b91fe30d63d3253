package io.countersign.benchmarks.jmh;

import io.countersign.benchmarks.queue.QueueLoad;
import io.countersign.benchmarks.queue.TokenScan;
import io.countersign.model.analysis.DraftAnalysis;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** S2 warm: strict-read and analyse every draft of the queue, against a Jackson token scan of the same bytes. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueueLoadBenchmark {

    @Benchmark
    public List<DraftAnalysis> parseAndAnalyse(WorkloadState state) {
        return QueueLoad.load(state.analyzer, state.bytes);
    }

    @Benchmark
    public long tokenScanFloor(WorkloadState state) {
        return TokenScan.tokens(state.bytes, false);
    }
}
