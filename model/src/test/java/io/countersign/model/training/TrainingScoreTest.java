package io.countersign.model.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.format.Difficulty;
import io.countersign.model.format.Outcome;
import io.countersign.model.format.TrainingCase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingScoreTest {

    private static TrainingCase trainingCase(Outcome expected, String... mustNotice) {
        return new TrainingCase(
                "c1",
                "A case",
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                new TrainingCase.Expected(expected, List.of(mustNotice), "Because."),
                Difficulty.INTRODUCTORY,
                "Notes");
    }

    @Test
    void rightOutcomeAndEveryFindingNoticedScoresFull() {
        CaseResult result =
                CaseResult.score(trainingCase(Outcome.REJECT, "SOD-CONFLICT"), Outcome.REJECT, Set.of("SOD-CONFLICT"));

        assertThat(result.outcomeCorrect()).isTrue();
        assertThat(result.missed()).isEmpty();
        assertThat(result.score()).isEqualTo(100);
    }

    @Test
    void missedFindingsAreListedAndCostTheirShare() {
        CaseResult result = CaseResult.score(
                trainingCase(Outcome.REJECT, "SOD-CONFLICT", "LP-WILDCARD-SCOPE"),
                Outcome.REJECT,
                Set.of("SOD-CONFLICT", "GOV-NO-OWNER"));

        assertThat(result.noticed()).containsExactly("SOD-CONFLICT");
        assertThat(result.missed()).containsExactly("LP-WILDCARD-SCOPE");
        assertThat(result.score()).isEqualTo(75);
    }

    @Test
    void wrongOutcomeLosesHalf() {
        CaseResult result = CaseResult.score(trainingCase(Outcome.APPROVE), Outcome.REJECT, Set.of());

        assertThat(result.outcomeCorrect()).isFalse();
        assertThat(result.score()).isEqualTo(50);
    }

    @Test
    void sessionSumsCasesAndAveragesScores() {
        SessionScore session = SessionScore.of(List.of(
                CaseResult.score(trainingCase(Outcome.REJECT, "SOD-CONFLICT"), Outcome.REJECT, Set.of("SOD-CONFLICT")),
                CaseResult.score(trainingCase(Outcome.APPROVE, "LP-PEER-OUTLIER"), Outcome.REJECT, Set.of())));

        assertThat(session).isEqualTo(new SessionScore(2, 1, 1, 2, 50));
    }
}
