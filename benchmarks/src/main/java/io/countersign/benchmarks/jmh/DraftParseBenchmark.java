package io.countersign.benchmarks.jmh;

import io.countersign.benchmarks.queue.QueueBytes;
import io.countersign.benchmarks.queue.QueueLoad;
import io.countersign.benchmarks.queue.TokenScan;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.model.format.Draft;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The strict-read share of S2: {@code SourceTreeReader} + {@code DraftReader} over every queued draft,
 * without analysis, against the same Jackson token scan as S2's floor. Not part of the harness table;
 * run it alone with {@code org.openjdk.jmh.Main DraftParseBenchmark -jvmArgs -Dcountersign.bench.workload=DIR}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DraftParseBenchmark {

    /** Only the draft bytes: no analyser to build. */
    @State(Scope.Benchmark)
    public static class Drafts {
        QueueBytes bytes;

        @Setup
        public void read() {
            bytes = QueueBytes.read(Workload.open(Path.of(System.getProperty(WorkloadState.PROPERTY))));
        }
    }

    @Benchmark
    public List<Draft> strictRead(Drafts drafts) {
        return QueueLoad.parse(drafts.bytes);
    }

    @Benchmark
    public long tokenScanFloor(Drafts drafts) {
        return TokenScan.tokens(drafts.bytes, false);
    }
}
