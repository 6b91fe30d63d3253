package io.countersign.benchmarks.jmh;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.EffectiveAccess;
import io.countersign.model.analysis.Holding;
import io.countersign.model.analysis.rules.SodRuleIndex;
import io.countersign.model.format.Draft;
import io.countersign.model.format.IdentityChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What S3 evaluates, computed once: the proposed effective access of every identity every queued
 * draft changes, the same for the outlier draft, and the outlier's first identity with one
 * entitlement toggled off. The floor's map holds one entry per known entitlement.
 */
@State(Scope.Benchmark)
public class SodState {
    public SodRuleIndex index;
    public List<EffectiveAccess> queue;
    public List<EffectiveAccess> outlier;
    public EffectiveAccess toggled;
    public Map<String, Object> probe;

    @Setup
    public void prepare(WorkloadState workload) {
        index = new SodRuleIndex(
                workload.analyzer.policy().sod(), workload.analyzer.catalog().entitlementIds());
        queue = proposed(workload, workload.drafts);
        outlier = proposed(workload, List.of(workload.outlier));
        List<Holding> holdings = new ArrayList<>(outlier.getFirst().holdings());
        holdings.remove(holdings.size() / 2);
        toggled = EffectiveAccess.of(holdings);
        probe = new HashMap<>();
        workload.analyzer.catalog().entitlementIds().forEach(id -> probe.put(id, List.of()));
    }

    /** Each changed identity's access as the draft proposes it: current grants, the change applied, roles expanded. */
    static List<EffectiveAccess> proposed(WorkloadState workload, List<Draft> drafts) {
        AccessCatalog catalog = workload.analyzer.catalog();
        List<EffectiveAccess> accesses = new ArrayList<>();
        for (Draft draft : drafts) {
            for (IdentityChange change : draft.changes()) {
                accesses.add(
                        catalog.expand(catalog.currentGrants(change.identity()).apply(change, draft.createdAt())));
            }
        }
        return accesses;
    }

    /** The floor: one hash probe per held entitlement. */
    static long probeEach(Map<String, Object> probe, List<EffectiveAccess> accesses) {
        long found = 0;
        for (EffectiveAccess access : accesses) {
            for (Holding holding : access.holdings()) {
                if (probe.get(holding.entitlement()) != null) {
                    found++;
                }
            }
        }
        return found;
    }

    public static long holdings(List<EffectiveAccess> accesses) {
        return accesses.stream().mapToLong(EffectiveAccess::size).sum();
    }
}
