package io.countersign.benchmarks.jmh;

import io.countersign.model.analysis.EffectiveAccess;
import io.countersign.model.analysis.rules.SodEvaluation;
import io.countersign.model.analysis.rules.SodRuleIndex;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** S3: SoD evaluation of the whole queue, of the outlier draft and of one toggled entitlement, each with its floor. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SodBenchmark {

    @Benchmark
    public int queue(SodState state) {
        return evaluate(state.index, state.queue);
    }

    @Benchmark
    public long queueFloor(SodState state) {
        return SodState.probeEach(state.probe, state.queue);
    }

    @Benchmark
    public int outlier(SodState state) {
        return evaluate(state.index, state.outlier);
    }

    @Benchmark
    public long outlierFloor(SodState state) {
        return SodState.probeEach(state.probe, state.outlier);
    }

    @Benchmark
    public int toggled(SodState state) {
        return SodEvaluation.conflicts(state.index, state.toggled.holdings()).size();
    }

    @Benchmark
    public long toggledFloor(SodState state) {
        return SodState.probeEach(state.probe, List.of(state.toggled));
    }

    static int evaluate(SodRuleIndex index, List<EffectiveAccess> accesses) {
        int conflicts = 0;
        for (EffectiveAccess access : accesses) {
            conflicts += SodEvaluation.conflicts(index, access.holdings()).size();
        }
        return conflicts;
    }
}
