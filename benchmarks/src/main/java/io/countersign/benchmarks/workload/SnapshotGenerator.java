package io.countersign.benchmarks.workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/** A snapshot: identities of every kind, entitlements over five systems, roles and assignments. */
final class SnapshotGenerator {
    static final String ID = "snap-bench";
    static final String TAKEN_AT = "2026-11-20T00:00:00Z";
    /** One sensitive entitlement is kept for about ten routine ones in roles and direct grants. */
    private static final int SENSITIVE_ONE_IN = 10;

    private final Population population;
    private final Random random;

    SnapshotGenerator(Population population, long seed) {
        this.population = population;
        this.random = new Random(seed ^ 0x5AA95EEDL);
    }

    /** Each role's entitlements: 5 to 25 from one system, mostly routine ones. */
    static List<List<String>> roles(Population population, long seed) {
        Random random = new Random(seed ^ 0x201E5L);
        WorkloadSize size = population.size();
        List<List<String>> roles = new ArrayList<>();
        for (int r = 0; r < size.roles(); r++) {
            int system = r % Population.SYSTEMS.size();
            TreeSet<String> entitlements = new TreeSet<>();
            int count = 5 + random.nextInt(21);
            while (entitlements.size() < Math.min(count, size.entitlementsPerSystem())) {
                entitlements.add(population.entitlement(system, population.pick(random, SENSITIVE_ONE_IN)));
            }
            roles.add(List.copyOf(entitlements));
        }
        return roles;
    }

    byte[] write(List<List<String>> roles) {
        WorkloadSize size = population.size();
        JsonOut out = new JsonOut(size.identities() * 1_400);
        out.begin().text("format", "countersign.snapshot/v1").text("id", ID).text("takenAt", TAKEN_AT);
        out.beginArray("identities");
        List<String> ids = population.identities();
        for (int i = 0; i < ids.size(); i++) {
            String kind = Population.kind(i);
            out.begin()
                    .text("id", ids.get(i))
                    .text("name", "Identity " + i)
                    .text("kind", kind)
                    .text("orgUnit", Population.orgUnit(i));
            if (kind.equals("human")) {
                out.text("jobCode", "job-" + (i * 7) % Population.ORG_UNITS + "-" + i % 2);
                if (i >= Population.RESERVED) {
                    out.text("manager", ids.get(humanBelow(i)));
                }
            } else {
                out.text("owner", ids.get(humanBelow(Math.max(i, Population.RESERVED))));
            }
            out.text("status", "active").end();
        }
        out.endArray().beginArray("systems");
        for (String system : Population.SYSTEMS) {
            out.begin()
                    .text("id", system)
                    .text("name", system.toUpperCase(Locale.ROOT))
                    .text("owner", ids.get(Population.APPROVERS))
                    .end();
        }
        out.endArray().beginArray("entitlements");
        for (String entitlement : population.entitlements()) {
            String sensitivity = Population.sensitivity(entitlement);
            out.begin()
                    .text("id", entitlement)
                    .text("system", entitlement.substring(0, entitlement.indexOf('.')))
                    .text("sensitivity", sensitivity)
                    .text("owner", ids.get(Population.APPROVERS));
            if (entitlement.contains(".grant-")) {
                out.flag("grantsAccess", true);
            }
            if (sensitivity.equals("privileged") && entitlement.startsWith("erp.")) {
                out.flag("humanOnly", true);
            }
            out.end();
        }
        out.endArray().beginArray("roles");
        for (int r = 0; r < roles.size(); r++) {
            out.begin()
                    .text("id", Population.role(r))
                    .text("name", "Role " + r)
                    .texts("entitlements", roles.get(r))
                    .end();
        }
        out.endArray().beginArray("assignments");
        for (int i = 0; i < ids.size(); i++) {
            assignments(out, ids.get(i), Population.kind(i).equals("human"), roles.size());
        }
        return out.endArray().end().bytes();
    }

    /** Humans: one or two roles and 4 to 12 direct entitlements; non-humans: 2 to 6 direct entitlements. */
    private void assignments(JsonOut out, String identity, boolean human, int roleCount) {
        TreeSet<String> direct = new TreeSet<>();
        int count = human ? 4 + random.nextInt(9) : 2 + random.nextInt(5);
        while (direct.size() < count) {
            direct.add(population.entitlement(
                    random.nextInt(Population.SYSTEMS.size()), population.pick(random, SENSITIVE_ONE_IN)));
        }
        for (String entitlement : direct) {
            out.begin()
                    .text("identity", identity)
                    .text("entitlement", entitlement)
                    .text("grantedAt", "2026-0" + (1 + random.nextInt(9)) + "-01T00:00:00Z");
            if (random.nextInt(5) > 0) {
                out.text("lastUsedAt", "2026-11-" + (10 + random.nextInt(9)) + "T00:00:00Z");
            }
            out.end();
        }
        if (human && roleCount > 0) {
            int roles = 1 + random.nextInt(2);
            TreeSet<Integer> picked = new TreeSet<>();
            while (picked.size() < Math.min(roles, roleCount)) {
                picked.add(random.nextInt(roleCount));
            }
            for (int r : picked) {
                out.begin()
                        .text("identity", identity)
                        .text("role", Population.role(r))
                        .text("grantedAt", "2026-02-01T00:00:00Z")
                        .end();
            }
        }
    }

    /** A human with a lower index, never an approver: managers and owners come before their reports. */
    private int humanBelow(int index) {
        List<Integer> humans = population.humans();
        int found = Collections.binarySearch(humans, index);
        int below = found >= 0 ? found : -found - 1;
        return below <= Population.APPROVERS
                ? humans.get(Population.APPROVERS)
                : humans.get(Population.APPROVERS + random.nextInt(below - Population.APPROVERS));
    }
}
