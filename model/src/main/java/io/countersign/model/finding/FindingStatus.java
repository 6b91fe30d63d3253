package io.countersign.model.finding;

import io.countersign.model.format.Coded;

/** How a finding relates to the draft. */
public enum FindingStatus implements Coded {
    /** Introduced by this draft. */
    NEW("new"),
    /** True before the draft and still true after it. */
    PRE_EXISTING("pre-existing"),
    /** True before the draft; the draft removes it. */
    RESOLVED("resolved"),
    /** Appears only with the identity's other pending drafts applied too. */
    CUMULATIVE("cumulative");

    private final String code;

    FindingStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Resolved findings are good news; the others ask for the reviewer's attention. */
    public boolean needsAttention() {
        return this != RESOLVED;
    }
}
