package io.countersign.benchmarks.jmh;

import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.EffectiveAccess;
import io.countersign.model.analysis.EffectiveAccessDiff;
import io.countersign.model.analysis.Holding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * S4: {@link EffectiveAccessDiff#compare} of two {@code size}-holding sets, with 10% of the holdings
 * replaced (churn) and with none in common (disjoint); the floor builds the two keyed maps.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiffBenchmark {

    @State(Scope.Benchmark)
    public static class Sets {
        @Param({"5000"})
        public int size;

        public List<Holding> current;
        public List<Holding> churned;
        public List<Holding> disjoint;
        public EffectiveAccess currentAccess;
        public EffectiveAccess churnedAccess;
        public EffectiveAccess disjointAccess;

        @Setup
        public void build() {
            current = holdings(0, size);
            churned = new ArrayList<>(current.subList(size / 10, size));
            churned.addAll(holdings(size, size + size / 10));
            disjoint = holdings(size, 2 * size);
            currentAccess = EffectiveAccess.of(current);
            churnedAccess = EffectiveAccess.of(churned);
            disjointAccess = EffectiveAccess.of(disjoint);
        }

        /** Holdings of entitlements {@code from}..{@code to}, some through roles, some with an expiry. */
        static List<Holding> holdings(int from, int to) {
            List<Holding> holdings = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                String role = i % 3 == 0 ? "r-" + (i % 97) : null;
                Instant expiry = i % 4 == 0 ? Instant.parse("2027-01-01T00:00:00Z") : null;
                holdings.add(new Holding(
                        new Holding.Key("sys" + i % 5 + ".ent-" + i, role),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        expiry,
                        null,
                        null));
            }
            return holdings;
        }
    }

    @Benchmark
    public List<AccessRow> churn(Sets sets) {
        return EffectiveAccessDiff.compare("u-1", sets.currentAccess, sets.churnedAccess);
    }

    @Benchmark
    public int churnFloor(Sets sets) {
        return keyed(sets.current).size() + keyed(sets.churned).size();
    }

    @Benchmark
    public List<AccessRow> disjoint(Sets sets) {
        return EffectiveAccessDiff.compare("u-1", sets.currentAccess, sets.disjointAccess);
    }

    @Benchmark
    public int disjointFloor(Sets sets) {
        return keyed(sets.current).size() + keyed(sets.disjoint).size();
    }

    private static Map<Holding.Key, Holding> keyed(List<Holding> holdings) {
        Map<Holding.Key, Holding> byKey = new HashMap<>(holdings.size() * 2);
        for (Holding holding : holdings) {
            byKey.put(holding.key(), holding);
        }
        return byKey;
    }
}
