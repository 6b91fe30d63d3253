package io.countersign.benchmarks.jmh;

import io.countersign.benchmarks.workload.PolicyGenerator;
import io.countersign.model.analysis.rules.SodRuleIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * S3 growth: the whole queue's SoD evaluation under the first 50, 500 and 5,000 generated rules
 * (the smaller sets are prefixes of the larger), so the ratio shows what more rules cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SodGrowthBenchmark {

    @State(Scope.Benchmark)
    public static class Rules {
        @Param({"50", "500", "5000"})
        public int rules;

        public SodRuleIndex index;

        @Setup
        public void build(WorkloadState workload) {
            index = new SodRuleIndex(
                    PolicyGenerator.sodRules(workload.workload.population(), workload.workload.seed(), rules),
                    workload.analyzer.catalog().entitlementIds());
        }
    }

    @Benchmark
    public int queue(Rules rules, SodState state) {
        return SodBenchmark.evaluate(rules.index, state.queue);
    }
}
