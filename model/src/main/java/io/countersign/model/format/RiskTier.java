package io.countersign.model.format;

/** A draft's risk, lowest first; the assistant claims one, the analysis derives another. */
public enum RiskTier implements Coded {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String code;

    RiskTier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isAtLeast(RiskTier other) {
        return compareTo(other) >= 0;
    }
}
