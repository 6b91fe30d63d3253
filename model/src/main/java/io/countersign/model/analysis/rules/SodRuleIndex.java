package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.IdPattern;
import io.countersign.model.format.SodRule;
import io.countersign.model.format.SodSide;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps each entitlement to the SoD rule sides and terms it satisfies, so evaluating an identity costs
 * one lookup per entitlement it holds, not rules × entitlements. Patterns are resolved against the
 * snapshot's entitlements when the index is built; ids the snapshot lacks are matched on first sight.
 */
public final class SodRuleIndex {

    /** One term of one side of one rule that an entitlement satisfies. */
    public record Hit(int rule, int side, int term) {}

    private final List<SodRule> rules;
    private final Map<String, List<Hit>> hitsByEntitlement = new HashMap<>();
    private final List<PatternTerm> patterns = new ArrayList<>();
    private final Map<String, List<Hit>> lateHits = new ConcurrentHashMap<>();

    private record PatternTerm(IdPattern pattern, Hit hit) {}

    public SodRuleIndex(List<SodRule> rules, Collection<String> knownEntitlements) {
        this.rules = List.copyOf(rules);
        for (int r = 0; r < this.rules.size(); r++) {
            SodRule rule = this.rules.get(r);
            index(r, 0, rule.left());
            index(r, 1, rule.right());
        }
        // Ids a rule names literally but the snapshot lacks are looked up here too, so they need their pattern hits as
        // well.
        Set<String> resolved = new HashSet<>(knownEntitlements);
        resolved.addAll(hitsByEntitlement.keySet());
        for (String entitlement : resolved) {
            for (PatternTerm term : patterns) {
                if (term.pattern().matches(entitlement)) {
                    hitsByEntitlement
                            .computeIfAbsent(entitlement, id -> new ArrayList<>())
                            .add(term.hit());
                }
            }
        }
        knownEntitlements.forEach(id -> hitsByEntitlement.putIfAbsent(id, List.of()));
    }

    private void index(int rule, int side, SodSide sodSide) {
        for (int t = 0; t < sodSide.terms().size(); t++) {
            IdPattern pattern = IdPattern.of(sodSide.terms().get(t));
            Hit hit = new Hit(rule, side, t);
            if (pattern.isLiteral()) {
                hitsByEntitlement
                        .computeIfAbsent(pattern.text(), id -> new ArrayList<>())
                        .add(hit);
            } else {
                patterns.add(new PatternTerm(pattern, hit));
            }
        }
    }

    public List<SodRule> rules() {
        return rules;
    }

    public List<Hit> hits(String entitlement) {
        List<Hit> hits = hitsByEntitlement.get(entitlement);
        if (hits != null) {
            return hits;
        }
        return lateHits.computeIfAbsent(
                entitlement,
                id -> patterns.stream()
                        .filter(term -> term.pattern().matches(id))
                        .map(PatternTerm::hit)
                        .toList());
    }
}
