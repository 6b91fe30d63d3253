package io.countersign.app.snapshot;

import io.countersign.model.format.Assignment;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two weeks of directory life in the sample organisation, for the screenshot: a joiner, a mover
 * and a leaver, and a break-glass grant cut short.
 */
public final class DirectoryMoves {
    private static final Instant JOINED = Instant.parse("2026-12-01T09:00:00Z");

    private DirectoryMoves() {}

    public static Snapshot after(Snapshot before) {
        List<Identity> identities = new ArrayList<>();
        for (Identity identity : before.identities()) {
            identities.add(
                    switch (identity.id()) {
                        case "tomas.herrera" ->
                            with(identity, identity.orgUnit(), identity.jobCode(), identity.manager(), "disabled");
                        case "grace.mwangi" ->
                            with(identity, "treasury", "FIN-TRS-OPS", "olivia.brandt", identity.status());
                        default -> identity;
                    });
        }
        identities.add(new Identity(
                "amara.osei",
                "Amara Osei",
                IdentityKind.HUMAN,
                "finance-ap",
                "FIN-AP-CLK",
                "priya.raman",
                null,
                "active"));
        List<Assignment> grants = new ArrayList<>();
        for (Assignment grant : before.assignments()) {
            if (grant.identity().equals("tomas.herrera")) {
                continue;
            }
            if (grant.identity().equals("grace.mwangi") && "role.ap-clerk".equals(grant.role())) {
                grants.add(new Assignment(grant.identity(), null, "role.treasury-ops", JOINED, null, null, null));
                continue;
            }
            if (grant.identity().equals("ingrid.solberg") && "aws.prod.break-glass".equals(grant.entitlement())) {
                grants.add(new Assignment(
                        grant.identity(),
                        grant.entitlement(),
                        null,
                        grant.grantedAt(),
                        Instant.parse("2026-12-08T09:00:00Z"),
                        grant.lastUsedAt(),
                        grant.scope()));
                continue;
            }
            grants.add(grant);
        }
        grants.add(new Assignment("amara.osei", null, "role.employee-base", JOINED, null, null, null));
        grants.add(new Assignment("amara.osei", null, "role.ap-clerk", JOINED, null, null, null));
        return new Snapshot(
                "lkf-2026-12-05",
                Instant.parse("2026-12-05T06:00:00Z"),
                identities,
                before.systems(),
                before.entitlements(),
                before.roles(),
                grants,
                before.workflows());
    }

    private static Identity with(Identity identity, String orgUnit, String jobCode, String manager, String status) {
        return new Identity(
                identity.id(), identity.name(), identity.kind(), orgUnit, jobCode, manager, identity.owner(), status);
    }
}
