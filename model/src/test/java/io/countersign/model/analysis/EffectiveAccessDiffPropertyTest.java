package io.countersign.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The diff's defining properties over arbitrary holdings drawn from a small universe, so keys collide often. */
class EffectiveAccessDiffPropertyTest {

    private static final Instant T = Instant.parse("2025-06-02T09:00:00Z");

    @Provide
    Arbitrary<EffectiveAccess> access() {
        Arbitrary<Holding.Key> keys = Combinators.combine(
                        Arbitraries.of("erp.a", "erp.b", "erp.c", "aws.s3", "bank.pay"),
                        Arbitraries.of("r-1", "r-2").injectNull(0.5))
                .as(Holding.Key::new);
        Arbitrary<Instant> expiries =
                Arbitraries.of(T.plusSeconds(86_400), T.plusSeconds(2 * 86_400)).injectNull(0.4);
        Arbitrary<String> scopes =
                Arbitraries.of("*", "bucket/a/*", "project-x").injectNull(0.4);
        Arbitrary<Holding> holdings = Combinators.combine(keys, expiries, scopes)
                .as((key, expiry, scope) -> new Holding(key, T, expiry, null, scope));
        return holdings.list().ofMaxSize(12).map(EffectiveAccess::of);
    }

    @Property
    void applyingTheDiffToCurrentGivesProposed(
            @ForAll("access") EffectiveAccess current, @ForAll("access") EffectiveAccess proposed) {
        assertThat(EffectiveAccessDiff.apply(current, EffectiveAccessDiff.compare("u", current, proposed)))
                .isEqualTo(proposed);
    }

    @Property
    void comparingWithItselfGivesOnlyUnchangedRows(@ForAll("access") EffectiveAccess access) {
        List<AccessRow> rows = EffectiveAccessDiff.compare("u", access, access);

        assertThat(rows).hasSize(access.size()).allMatch(row -> row.change() == AccessRow.Change.UNCHANGED);
    }

    @Property
    void swappingTheSidesMirrorsTheRows(@ForAll("access") EffectiveAccess a, @ForAll("access") EffectiveAccess b) {
        Map<Holding.Key, AccessRow> forward = byKey(EffectiveAccessDiff.compare("u", a, b));
        Map<Holding.Key, AccessRow> backward = byKey(EffectiveAccessDiff.compare("u", b, a));

        assertThat(keys(forward, AccessRow.Change.ADDED)).isEqualTo(keys(backward, AccessRow.Change.REMOVED));
        assertThat(keys(forward, AccessRow.Change.REMOVED)).isEqualTo(keys(backward, AccessRow.Change.ADDED));
        assertThat(keys(forward, AccessRow.Change.CHANGED)).isEqualTo(keys(backward, AccessRow.Change.CHANGED));
        assertThat(keys(forward, AccessRow.Change.UNCHANGED)).isEqualTo(keys(backward, AccessRow.Change.UNCHANGED));
        keys(forward, AccessRow.Change.CHANGED).forEach(key -> {
            assertThat(forward.get(key).changed()).isEqualTo(backward.get(key).changed());
            assertThat(forward.get(key).before()).isEqualTo(backward.get(key).after());
        });
    }

    private static Map<Holding.Key, AccessRow> byKey(List<AccessRow> rows) {
        assertThat(rows).extracting(AccessRow::key).doesNotHaveDuplicates();
        return rows.stream().collect(Collectors.toMap(AccessRow::key, Function.identity()));
    }

    private static Set<Holding.Key> keys(Map<Holding.Key, AccessRow> rows, AccessRow.Change change) {
        return rows.values().stream()
                .filter(row -> row.change() == change)
                .map(AccessRow::key)
                .collect(Collectors.toSet());
    }
}
