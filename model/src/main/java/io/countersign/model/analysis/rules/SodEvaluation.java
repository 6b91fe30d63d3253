package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.Holding;
import io.countersign.model.format.SodRule;
import io.countersign.model.format.SodSide;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates SoD rules over one set of holdings through the index: only rules some held entitlement
 * touches are considered. Returns, per violated rule, the holdings satisfying each side.
 */
public final class SodEvaluation {

    /** A violated rule and the holdings that satisfy its left and right sides. */
    public record Conflict(SodRule rule, List<Holding> left, List<Holding> right) {
    }

    private SodEvaluation() {}

    public static List<Conflict> conflicts(SodRuleIndex index, Iterable<Holding> holdings) {
        Map<Integer, Sides> touched = new HashMap<>();
        for (Holding holding : holdings) {
            for (SodRuleIndex.Hit hit : index.hits(holding.entitlement())) {
                touched.computeIfAbsent(hit.rule(), r -> new Sides()).add(hit, holding);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        touched.keySet().stream().sorted().forEach(r -> {
            SodRule rule = index.rules().get(r);
            Sides sides = touched.get(r);
            if (sides.satisfied(0, rule.left()) && sides.satisfied(1, rule.right())) {
                conflicts.add(new Conflict(rule, sides.holdings[0], sides.holdings[1]));
            }
        });
        return conflicts;
    }

    private static final class Sides {
        private final BitSet[] terms = {new BitSet(), new BitSet()};
        @SuppressWarnings("unchecked")
        private final List<Holding>[] holdings = new List[] {new ArrayList<Holding>(), new ArrayList<Holding>()};

        void add(SodRuleIndex.Hit hit, Holding holding) {
            terms[hit.side()].set(hit.term());
            if (!holdings[hit.side()].contains(holding)) {
                holdings[hit.side()].add(holding);
            }
        }

        boolean satisfied(int side, SodSide definition) {
            return definition.requiresAll()
                    ? terms[side].cardinality() == definition.terms().size()
                    : !terms[side].isEmpty();
        }
    }
}
