package io.countersign.model.training;

import io.countersign.model.format.Outcome;
import io.countersign.model.format.TrainingCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a trainee did on one case: the outcome they chose against the expected one, which of the
 * findings a careful reviewer must notice they acknowledged and which they missed, and the
 * trainer's explanation. Half the score is the outcome, half the share of findings noticed.
 */
public record CaseResult(
        String caseId,
        Outcome expected,
        Outcome chosen,
        List<String> noticed,
        List<String> missed,
        String explanation,
        String trainerNotes) {

    public CaseResult {
        noticed = List.copyOf(noticed);
        missed = List.copyOf(missed);
    }

    public static CaseResult score(TrainingCase trainingCase, Outcome chosen, Set<String> acknowledged) {
        List<String> noticed = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String rule : new LinkedHashSet<>(trainingCase.expected().mustNotice())) {
            (acknowledged.contains(rule) ? noticed : missed).add(rule);
        }
        return new CaseResult(
                trainingCase.id(),
                trainingCase.expected().outcome(),
                chosen,
                noticed,
                missed,
                trainingCase.expected().explanation(),
                trainingCase.trainerNotes());
    }

    public boolean outcomeCorrect() {
        return expected == chosen;
    }

    /** 0 to 100. A case with nothing to notice scores its notice half in full. */
    public int score() {
        int total = noticed.size() + missed.size();
        double noticeShare = total == 0 ? 1.0 : (double) noticed.size() / total;
        return (int) Math.round(50 * (outcomeCorrect() ? 1 : 0) + 50 * noticeShare);
    }
}
