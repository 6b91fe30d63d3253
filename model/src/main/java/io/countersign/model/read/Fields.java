package io.countersign.model.read;

import java.util.Set;

/** The field names each format allows, in one place so the schemas in docs/formats can be checked against them. */
final class Fields {
    private Fields() {}

    static final Set<String> SNAPSHOT = Set.of(
            "format", "id", "takenAt", "identities", "systems", "entitlements", "roles", "assignments", "workflows");
    static final Set<String> IDENTITY =
            Set.of("id", "name", "kind", "orgUnit", "jobCode", "manager", "owner", "status");
    static final Set<String> SYSTEM = Set.of("id", "name", "owner");
    static final Set<String> ENTITLEMENT =
            Set.of("id", "system", "name", "sensitivity", "owner", "scope", "grantsAccess", "humanOnly");
    static final Set<String> ROLE = Set.of("id", "name", "entitlements");
    static final Set<String> ASSIGNMENT =
            Set.of("identity", "entitlement", "role", "grantedAt", "expiresAt", "lastUsedAt", "scope");
    static final Set<String> WORKFLOW = Set.of("id", "name", "steps");
    static final Set<String> STEP = Set.of("name", "approver", "quorum", "conditions");
    static final Set<String> CONDITION = Set.of("type", "value");

    static final Set<String> POLICY =
            Set.of("format", "id", "version", "sod", "mitigatingControls", "leastPrivilege", "approval", "assistant");
    static final Set<String> SOD_RULE = Set.of("id", "name", "severity", "left", "right", "mitigations");
    static final Set<String> SOD_SIDE = Set.of("label", "anyOf", "allOf");
    static final Set<String> CONTROL = Set.of("id", "name", "owner", "validFrom", "validTo");
    static final Set<String> LEAST_PRIVILEGE = Set.of(
            "privilegedMaxDays",
            "dormantDays",
            "peerOutlierBelow",
            "wildcardPatterns",
            "critical",
            "nhiCredentialMaxDays");
    static final Set<String> APPROVAL = Set.of("stepUp", "domains", "justificationRequiredFor");
    static final Set<String> STEP_UP = Set.of("atOrAbove", "approvers");
    static final Set<String> DOMAIN = Set.of("approver", "systems");
    static final Set<String> ASSISTANT = Set.of("allowedSources");

    static final Set<String> DRAFT = Set.of(
            "format",
            "id",
            "revision",
            "kind",
            "title",
            "createdAt",
            "drafter",
            "initiatedBy",
            "requester",
            "requestedFor",
            "editedBy",
            "ticket",
            "request",
            "rationale",
            "recommendation",
            "confidence",
            "sources",
            "basis",
            "changes",
            "workflow",
            "exception",
            "credential",
            "riskTier",
            "rollback",
            "changeWindow");
    static final Set<String> DRAFTER = Set.of("agent", "model", "workloadIdentity", "runId");
    static final Set<String> REQUEST = Set.of("text", "entitlements", "until");
    static final Set<String> BASIS = Set.of("snapshot", "access");
    static final Set<String> BELIEVED = Set.of("identity", "entitlements", "roles");
    static final Set<String> CHANGE = Set.of("identity", "create", "add", "remove");
    static final Set<String> NEW_IDENTITY = Set.of("name", "kind", "owner", "orgUnit", "jobCode", "manager");
    static final Set<String> GRANT = Set.of("entitlement", "role", "expiresAt", "scope");
    static final Set<String> EXCEPTION = Set.of("rule", "identity", "owner", "control", "expiresAt", "reason");
    static final Set<String> CREDENTIAL = Set.of("identity", "scopes", "ttl");
    static final Set<String> WINDOW = Set.of("start", "end");

    static final Set<String> CASEBOOK = Set.of("format", "id", "title", "description", "snapshot", "policy", "cases");
    static final Set<String> CASE = Set.of(
            "id",
            "title",
            "snapshot",
            "policy",
            "draft",
            "pending",
            "reviewAs",
            "priorApprovers",
            "expected",
            "difficulty",
            "trainerNotes");
    static final Set<String> EXPECTED = Set.of("outcome", "mustNotice", "explanation");
}
