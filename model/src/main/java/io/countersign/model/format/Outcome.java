package io.countersign.model.format;

/** A reviewer's decision, and the assistant's recommendation in the same vocabulary. */
public enum Outcome implements Coded {
    APPROVE("approve"),
    APPROVE_REDUCED("approve-reduced"),
    REJECT("reject"),
    REQUEST_CHANGES("request-changes");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
