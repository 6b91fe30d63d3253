package io.countersign.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The header card's proposal stays a few lines however large the draft; the diff lists everything. */
class DraftSummaryTest {

    private static DraftSummary proposing(int changes) {
        List<String> lines = IntStream.rangeClosed(1, changes)
                .mapToObj(i -> "Add entitlement-" + i)
                .toList();
        return new DraftSummary("t", "r", "ticket", "req", "init", "for", "assistant", "text", "detail", lines, "low");
    }

    @Test
    void aSmallProposalIsShownWhole() {
        assertThat(proposing(DraftSummary.PROPOSAL_LINES).proposalText().lines())
                .hasSize(DraftSummary.PROPOSAL_LINES)
                .allMatch(line -> line.startsWith("• Add entitlement-"));
    }

    @Test
    void aLargeProposalShowsItsFirstLinesAndHowManyMore() {
        List<String> lines = proposing(60).proposalText().lines().toList();
        assertThat(lines).hasSize(DraftSummary.PROPOSAL_LINES);
        assertThat(lines.getFirst()).isEqualTo("• Add entitlement-1");
        assertThat(lines.getLast()).isEqualTo("… and 55 more changes, every one in the diff below");
    }

    @Test
    void noChangeSaysSo() {
        assertThat(proposing(0).proposalText()).isEqualTo("No change to access.");
    }
}
