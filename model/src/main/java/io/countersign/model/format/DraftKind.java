package io.countersign.model.format;

/** What an assistant's draft proposes. */
public enum DraftKind implements Coded {
    ACCESS_CHANGE("access-change"),
    WORKFLOW_CHANGE("workflow-change"),
    EXCEPTION("exception"),
    CREDENTIAL("credential");

    private final String code;

    DraftKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
