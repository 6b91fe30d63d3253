package io.countersign.app.training;

/** One line of the case list: the case and, once decided, the trainee's feedback on it. */
public record CaseRow(TrainingCaseItem item, CaseFeedback feedback) {

    public boolean done() {
        return feedback != null;
    }
}
