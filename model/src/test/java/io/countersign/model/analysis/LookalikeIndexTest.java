package io.countersign.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.LookalikeIndex.Kind;
import io.countersign.model.analysis.fixtures.SnapshotBuilder;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The skeleton index: built once, and only when an unknown id has to be compared with the snapshot. */
class LookalikeIndexTest {

    private final LookalikeIndex index = new LookalikeIndex(
            new AccessCatalog(new SnapshotBuilder().human("u-dana", "Dana Ruiz").build()));

    @Test
    void indexesTheSnapshotOnlyWhenFirstAskedAndThenKeepsIt() {
        assertThat(index.timesIndexed()).isZero();

        assertThat(index.lookalike("u-d\u0430na", EnumSet.of(Kind.IDENTITY)).id())
                .isEqualTo("u-dana");
        assertThat(index.lookalike("u-dan\u0430", EnumSet.of(Kind.IDENTITY)).id())
                .isEqualTo("u-dana");

        assertThat(index.timesIndexed()).isEqualTo(1);
    }

    @Test
    void matchesOnlyTheKindsAsked() {
        assertThat(index.lookalike("u-d\u0430na", EnumSet.of(Kind.ENTITLEMENT, Kind.ROLE)))
                .isNull();
    }

    @Test
    void namesInvisibleCharactersAsInvisible() {
        assertThat(LookalikeIndex.unusualCharacters("u-da\u200bna", "u-dana")).isEqualTo("an invisible U+200B");
    }

    @Test
    void namesAtMostThreeCharactersAndCountsTheRest() {
        assertThat(LookalikeIndex.unusualCharacters("\u0441\u043e\u0440\u0443", "copy"))
                .isEqualTo(
                        "a Cyrillic \u0441 (U+0441), a Cyrillic \u043e (U+043E), a Cyrillic \u0440 (U+0440), and 1 more");
    }
}
