package io.countersign.model.format;

/** What an identity is; only humans may approve or hold human-only access. */
public enum IdentityKind implements Coded {
    HUMAN("human"),
    SERVICE_ACCOUNT("service-account"),
    WORKLOAD("workload"),
    AI_AGENT("ai-agent");

    private final String code;

    IdentityKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isHuman() {
        return this == HUMAN;
    }
}
