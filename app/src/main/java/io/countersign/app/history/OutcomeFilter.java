package io.countersign.app.history;

import io.countersign.model.format.Outcome;

/** The outcome choices of the history filter: every outcome, or one. */
public enum OutcomeFilter {
    ALL(null, "All outcomes"),
    APPROVE(Outcome.APPROVE, "Approved"),
    APPROVE_REDUCED(Outcome.APPROVE_REDUCED, "Approved, reduced"),
    REJECT(Outcome.REJECT, "Rejected"),
    REQUEST_CHANGES(Outcome.REQUEST_CHANGES, "Changes requested");

    private final Outcome outcome;
    private final String label;

    OutcomeFilter(Outcome outcome, String label) {
        this.outcome = outcome;
        this.label = label;
    }

    /** Null for {@link #ALL}. */
    public Outcome outcome() {
        return outcome;
    }

    public String label() {
        return label;
    }
}
