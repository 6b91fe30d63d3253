package io.countersign.app.training;

import io.countersign.model.finding.Finding;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Outcome;
import io.countersign.model.training.CaseResult;
import java.util.List;

/**
 * What the trainee sees after deciding: the expected outcome beside theirs, the findings a careful
 * reviewer notices that they did not acknowledge (with the engine's explanation for this case), the
 * trainer's explanation and notes, the score, and what happened to the record.
 */
public record CaseFeedback(
        String caseId,
        Outcome expected,
        Outcome chosen,
        boolean outcomeRight,
        List<MissedFinding> missed,
        List<String> noticed,
        String explanation,
        String trainerNotes,
        int score,
        String recordNote) {

    public CaseFeedback {
        missed = List.copyOf(missed);
        noticed = List.copyOf(noticed);
    }

    /** A rule the trainee should have acknowledged, and why it mattered on this case. */
    public record MissedFinding(String rule, String title, String explanation) {}

    public static CaseFeedback of(TrainingCaseItem item, DecisionAttempt attempt) {
        CaseResult result = attempt.result();
        List<MissedFinding> missed =
                result.missed().stream().map(rule -> missed(item, rule)).toList();
        String note = attempt.recordedSeq() != null
                ? "Recorded in the training store as record " + attempt.recordedSeq()
                        + ", signed with a training key and marked training."
                : "Not recorded: Countersign blocks " + item.actingAsName() + " from deciding this draft. "
                        + String.join(" ", attempt.blockReasons());
        return new CaseFeedback(
                item.id(),
                result.expected(),
                result.chosen(),
                result.outcomeCorrect(),
                missed,
                result.noticed(),
                result.explanation(),
                result.trainerNotes(),
                result.score(),
                note);
    }

    private static MissedFinding missed(TrainingCaseItem item, String rule) {
        String title = RuleId.fromCode(rule).map(RuleId::title).orElse(rule);
        String explanation = item.item().analysis().findings().stream()
                .filter(f -> f.rule().code().equals(rule))
                .map(Finding::explanation)
                .findFirst()
                .orElse("The engine raised no such finding for this case; the case author expects it to be noticed.");
        return new MissedFinding(rule, title, explanation);
    }
}
