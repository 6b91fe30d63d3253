package io.countersign.model.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.EffectiveAccess;
import io.countersign.model.analysis.Holding;
import io.countersign.model.analysis.IdPattern;
import io.countersign.model.format.Severity;
import io.countersign.model.format.SodRule;
import io.countersign.model.format.SodSide;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexed evaluation gives what the rules' plain definition gives, holdings in the same order. */
class SodEvaluationTest {

    private static final List<String> IDS = List.of(
            "erp.vendor.create",
            "erp.vendor.edit",
            "erp.ap.release",
            "erp.ap.approve",
            "bank.payment.send",
            "bank.payment.view",
            "crm.view",
            "crm.admin");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void matchesTheDefinitionOnRandomRulesAndHoldings(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            List<SodRule> rules = new ArrayList<>();
            for (int r = 0, count = 1 + random.nextInt(12); r < count; r++) {
                rules.add(new SodRule("R" + r, null, Severity.HIGH, side(random), side(random), List.of()));
            }
            EffectiveAccess access = access(random);
            SodRuleIndex index = new SodRuleIndex(rules, IDS.subList(0, 6));

            assertThat(SodEvaluation.conflicts(index, access.holdings())).isEqualTo(definition(rules, access));
        }
    }

    @Test
    void aPatternStillMatchesAnIdTheSnapshotLacksWhenAnotherRuleNamesThatIdLiterally() {
        SodRule literal = new SodRule(
                "R-literal",
                null,
                Severity.HIGH,
                new SodSide(null, false, List.of("crm.export")),
                new SodSide(null, false, List.of("crm.admin")),
                List.of());
        SodRule pattern = new SodRule(
                "R-pattern",
                null,
                Severity.HIGH,
                new SodSide(null, false, List.of("crm.exp*")),
                new SodSide(null, false, List.of("erp.ap.release")),
                List.of());
        SodRuleIndex index = new SodRuleIndex(List.of(literal, pattern), List.of("erp.ap.release"));
        EffectiveAccess access = EffectiveAccess.of(List.of(
                new Holding(new Holding.Key("crm.export", null), Instant.EPOCH, null, null, null),
                new Holding(new Holding.Key("erp.ap.release", null), Instant.EPOCH, null, null, null)));

        assertThat(SodEvaluation.conflicts(index, access.holdings()))
                .extracting(c -> c.rule().id())
                .containsExactly("R-pattern");
    }

    /** Rule by rule, in policy order: each side's satisfaction and the holdings matching any of its terms. */
    private static List<SodEvaluation.Conflict> definition(List<SodRule> rules, EffectiveAccess access) {
        List<SodEvaluation.Conflict> conflicts = new ArrayList<>();
        for (SodRule rule : rules) {
            if (satisfied(rule.left(), access) && satisfied(rule.right(), access)) {
                conflicts.add(new SodEvaluation.Conflict(
                        rule, matching(rule.left(), access), matching(rule.right(), access)));
            }
        }
        return conflicts;
    }

    private static boolean satisfied(SodSide side, EffectiveAccess access) {
        Predicate<String> held = term ->
                access.holdings().stream().anyMatch(h -> IdPattern.of(term).matches(h.entitlement()));
        return side.requiresAll()
                ? side.terms().stream().allMatch(held)
                : side.terms().stream().anyMatch(held);
    }

    private static List<Holding> matching(SodSide side, EffectiveAccess access) {
        return access.holdings().stream()
                .filter(h -> IdPattern.anyMatches(side.terms(), h.entitlement()))
                .toList();
    }

    private static SodSide side(Random random) {
        Set<String> terms = new LinkedHashSet<>();
        for (int t = 0, count = 1 + random.nextInt(4); t < count; t++) {
            terms.add(
                    switch (random.nextInt(4)) {
                        case 0 -> IDS.get(random.nextInt(2)).substring(0, 6) + "*";
                        case 1 -> "*" + IDS.get(random.nextInt(IDS.size())).substring(4);
                        default -> IDS.get(random.nextInt(IDS.size()));
                    });
        }
        return new SodSide(null, random.nextInt(4) == 0, List.copyOf(terms));
    }

    /** Some entitlements held twice, directly and through a role: distinct holdings of one id. */
    private static EffectiveAccess access(Random random) {
        List<Holding> holdings = new ArrayList<>();
        for (String id : IDS) {
            if (random.nextBoolean()) {
                holdings.add(new Holding(new Holding.Key(id, null), Instant.EPOCH, null, null, null));
            }
            if (random.nextInt(3) == 0) {
                holdings.add(
                        new Holding(new Holding.Key(id, "r-" + random.nextInt(2)), Instant.EPOCH, null, null, null));
            }
        }
        Collections.shuffle(holdings, random);
        return EffectiveAccess.of(holdings);
    }
}
