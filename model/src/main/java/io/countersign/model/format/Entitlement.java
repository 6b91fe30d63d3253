package io.countersign.model.format;

/**
 * One grantable permission in one system. {@code grantsAccess} marks entitlements that let the
 * holder grant access to others (an escalation path); {@code humanOnly} ones must never be held by
 * a service account, workload or agent.
 */
public record Entitlement(
        String id,
        String system,
        String name,
        Sensitivity sensitivity,
        String owner,
        String scope,
        boolean grantsAccess,
        boolean humanOnly) {}
