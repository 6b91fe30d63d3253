package io.countersign.model.format;

/** How much harm an entitlement can do in the wrong hands, lowest first. */
public enum Sensitivity implements Coded {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    PRIVILEGED("privileged");

    private final String code;

    Sensitivity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isAtLeast(Sensitivity other) {
        return compareTo(other) >= 0;
    }
}
