package io.countersign.model.format;

/** A person, service account, workload or AI agent; non-humans name a human {@code owner}. */
public record Identity(
        String id,
        String name,
        IdentityKind kind,
        String orgUnit,
        String jobCode,
        String manager,
        String owner,
        String status) {

    public boolean isHuman() {
        return kind.isHuman();
    }

    public boolean isActive() {
        return status == null || "active".equals(status);
    }
}
