package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.Holding;
import io.countersign.model.format.SodRule;
import io.countersign.model.format.SodSide;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates SoD rules over one set of holdings through the index: only rules some held entitlement
 * touches are considered. Returns, per violated rule, the holdings satisfying each side.
 *
 * <p>Per touched rule it keeps term bits and holdings per side, allocated on first use. The holdings
 * are distinct (keys of one {@code EffectiveAccess}) and all hits of one holding arrive together, so
 * a side already lists a holding exactly when it is the side's last one: no list scan.
 */
public final class SodEvaluation {

    /** A violated rule and the holdings that satisfy its left and right sides. */
    public record Conflict(SodRule rule, List<Holding> left, List<Holding> right) {}

    private SodEvaluation() {}

    /** @param holdings distinct holdings, as {@code EffectiveAccess.holdings()} gives them */
    public static List<Conflict> conflicts(SodRuleIndex index, Iterable<Holding> holdings) {
        Map<Integer, Sides> touched = null;
        for (Holding holding : holdings) {
            List<SodRuleIndex.Hit> hits = index.hits(holding.entitlement());
            for (int i = 0; i < hits.size(); i++) {
                SodRuleIndex.Hit hit = hits.get(i);
                if (touched == null) {
                    touched = new HashMap<>();
                }
                touched.computeIfAbsent(hit.rule(), r -> new Sides()).add(hit, holding);
            }
        }
        if (touched == null) {
            return List.of();
        }
        int[] rules = new int[touched.size()];
        int n = 0;
        for (Map.Entry<Integer, Sides> entry : touched.entrySet()) {
            if (entry.getValue().bothSidesHit()) {
                rules[n++] = entry.getKey();
            }
        }
        Arrays.sort(rules, 0, n);
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SodRule rule = index.rules().get(rules[i]);
            Sides sides = touched.get(rules[i]);
            if (sides.satisfied(0, rule.left()) && sides.satisfied(1, rule.right())) {
                conflicts.add(new Conflict(rule, sides.holdings[0], sides.holdings[1]));
            }
        }
        return conflicts;
    }

    private static final class Sides {
        private final BitSet[] terms = new BitSet[2];

        @SuppressWarnings("unchecked")
        private final List<Holding>[] holdings = new List[2];

        void add(SodRuleIndex.Hit hit, Holding holding) {
            int side = hit.side();
            if (terms[side] == null) {
                terms[side] = new BitSet();
                holdings[side] = new ArrayList<>(2);
            }
            terms[side].set(hit.term());
            List<Holding> listed = holdings[side];
            if (listed.isEmpty() || listed.getLast() != holding) {
                listed.add(holding);
            }
        }

        boolean bothSidesHit() {
            return terms[0] != null && terms[1] != null;
        }

        boolean satisfied(int side, SodSide definition) {
            return definition.requiresAll()
                    ? terms[side].cardinality() == definition.terms().size()
                    : !terms[side].isEmpty();
        }
    }
}
