package io.countersign.app.training;

import io.countersign.model.training.CaseResult;
import java.util.List;

/**
 * What came of a trainee's decision: scored (recorded in the training store with its sequence
 * number, or blocked by the independence rules and so not recorded), or refused for reasons the
 * trainee can fix (a missing justification, say) and so not scored yet.
 */
public record DecisionAttempt(CaseResult result, Long recordedSeq, List<String> blockReasons, List<String> problems) {

    public DecisionAttempt {
        blockReasons = List.copyOf(blockReasons);
        problems = List.copyOf(problems);
    }

    static DecisionAttempt recorded(CaseResult result, long seq) {
        return new DecisionAttempt(result, seq, List.of(), List.of());
    }

    static DecisionAttempt blocked(CaseResult result, List<String> reasons) {
        return new DecisionAttempt(result, null, reasons, List.of());
    }

    static DecisionAttempt refused(List<String> problems) {
        return new DecisionAttempt(null, null, List.of(), problems);
    }

    public boolean scored() {
        return result != null;
    }
}
