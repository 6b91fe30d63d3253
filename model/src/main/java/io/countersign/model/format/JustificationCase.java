package io.countersign.model.format;

/** When a decision needs a written justification; {@code override} is approving over a high or critical finding. */
public enum JustificationCase implements Coded {
    APPROVE("approve"),
    APPROVE_REDUCED("approve-reduced"),
    REJECT("reject"),
    REQUEST_CHANGES("request-changes"),
    OVERRIDE("override");

    private final String code;

    JustificationCase(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
