package io.countersign.model.format;

import java.time.Instant;
import java.util.List;

/** The authoritative current state of identities and access, as exported from a directory or IGA system. */
public record Snapshot(
        String id,
        Instant takenAt,
        List<Identity> identities,
        List<ManagedSystem> systems,
        List<Entitlement> entitlements,
        List<Role> roles,
        List<Assignment> assignments,
        List<Workflow> workflows) {

    public static final String FORMAT = "countersign.snapshot/v1";

    public Snapshot {
        identities = List.copyOf(identities);
        systems = List.copyOf(systems);
        entitlements = List.copyOf(entitlements);
        roles = List.copyOf(roles);
        assignments = List.copyOf(assignments);
        workflows = List.copyOf(workflows);
    }
}
