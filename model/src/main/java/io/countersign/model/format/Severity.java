package io.countersign.model.format;

/** A finding's severity, lowest first. */
public enum Severity implements Coded {
    INFO("info"),
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
