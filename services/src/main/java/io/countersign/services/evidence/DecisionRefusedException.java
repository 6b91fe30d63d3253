package io.countersign.services.evidence;

import io.countersign.model.decision.DecisionProblem;
import java.util.List;
import java.util.stream.Collectors;

/** The decision was not signed or recorded, for these reasons. Nothing was written. */
public final class DecisionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<DecisionProblem> problems;

    public DecisionRefusedException(List<DecisionProblem> problems) {
        super(
                "decision refused: "
                        + problems.stream().map(DecisionProblem::message).collect(Collectors.joining("; ")),
                null,
                false,
                false);
        this.problems = List.copyOf(problems);
    }

    public List<DecisionProblem> problems() {
        return problems;
    }
}
