package io.countersign.model.format;

/** A condition on an approval step. */
public enum ConditionType implements Coded {
    AUTO_APPROVE("auto-approve"),
    BYPASS("bypass"),
    SOD_CHECK("sod-check"),
    EXCLUDE_REQUESTER("exclude-requester"),
    RISK_AT_LEAST("risk-at-least"),
    NOTIFY("notify");

    private final String code;

    ConditionType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
