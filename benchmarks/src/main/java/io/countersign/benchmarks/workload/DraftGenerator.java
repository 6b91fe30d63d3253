package io.countersign.benchmarks.workload;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Access-change drafts as an assistant writes them: one to three identities, about
 * {@code referencesPerDraft} entitlement references in all (grants and removals, the structured
 * request, the access the assistant believed), and one outlier touching thousands of entitlements.
 * Draft {@code n} depends only on the seed and {@code n}.
 */
final class DraftGenerator {
    static final String OUTLIER_ID = "d-outlier";
    private static final String[] RECOMMENDATIONS = {"approve", "approve", "approve", "approve-reduced", "reject"};
    private static final String[] TIERS = {"low", "medium", "medium", "high"};

    private static final int SENSITIVE_ONE_IN = 20;

    private final Population population;
    private final long seed;

    DraftGenerator(Population population, long seed) {
        this.population = population;
        this.seed = seed;
    }

    static String id(int n) {
        return String.format(Locale.ROOT, "d-%05d", n);
    }

    byte[] draft(int n) {
        Random random = new Random(seed * 131 + n);
        int references = population.size().referencesPerDraft();
        int side = Math.max(1, references / 8);
        List<String> affected = affected(random, 1 + random.nextInt(3));
        String requester = human(random);
        JsonOut out = header(id(n), "Access change " + n, requester, affected, random, 5_000);
        out.beginObject("request")
                .text("text", "Please grant what the new duties need (request " + n + ").")
                .texts("entitlements", entitlements(random, side))
                .end();
        out.text("rationale", "Peers in the same unit hold this access; the ticket names the duties.")
                .text("recommendation", RECOMMENDATIONS[random.nextInt(RECOMMENDATIONS.length)])
                .decimal("confidence", (50 + random.nextInt(50)) / 100.0)
                .texts("sources", List.of("snapshot:" + SnapshotGenerator.ID, "ticket:T-" + n));
        out.beginObject("basis").text("snapshot", SnapshotGenerator.ID).beginArray("access");
        out.begin()
                .text("identity", affected.getFirst())
                .texts("entitlements", entitlements(random, side))
                .end();
        out.endArray().end();
        int grants = Math.max(1, references - 2 * side);
        out.beginArray("changes");
        for (int i = 0; i < affected.size(); i++) {
            int mine = grants / affected.size() + (i < grants % affected.size() ? 1 : 0);
            change(out, random, affected.get(i), mine, mine / 7);
        }
        out.endArray();
        return footer(out, random).bytes();
    }

    /** One draft giving each of {@code outlierIdentities} identities {@code outlierGrantsPerIdentity} entitlements. */
    byte[] outlier() {
        Random random = new Random(seed ^ 0x07713EL);
        WorkloadSize size = population.size();
        List<String> affected = affected(random, size.outlierIdentities());
        JsonOut out = header(
                OUTLIER_ID,
                "Bulk migration of a team's access",
                human(random),
                affected,
                random,
                size.outlierGrants() * 64);
        out.beginObject("request")
                .text("text", "Mirror the old platform's access for the migration team.")
                .end();
        out.text("recommendation", "approve").decimal("confidence", 0.4).beginArray("changes");
        for (String identity : affected) {
            change(out, random, identity, size.outlierGrantsPerIdentity(), 0);
        }
        out.endArray();
        return footer(out, random).bytes();
    }

    private JsonOut header(
            String id, String title, String requester, List<String> affected, Random random, int expected) {
        JsonOut out = new JsonOut(expected);
        out.begin()
                .text("format", "countersign.draft/v1")
                .text("id", id)
                .number("revision", 1)
                .text("kind", "access-change")
                .text("title", title)
                .text(
                        "createdAt",
                        "2026-11-" + (10 + random.nextInt(10)) + "T09:" + (10 + random.nextInt(50)) + ":00Z");
        out.beginObject("drafter")
                .text("agent", "Access Assistant")
                .text("model", "bench-model-1")
                .text("workloadIdentity", agent(random))
                .text("runId", "run-" + Integer.toHexString(random.nextInt()))
                .end();
        List<String> humansAffected =
                affected.stream().filter(a -> a.startsWith("u-")).toList();
        return out.text("initiatedBy", requester)
                .text("requester", requester)
                .texts("requestedFor", humansAffected)
                .text("ticket", "T-" + random.nextInt(100_000));
    }

    private JsonOut footer(JsonOut out, Random random) {
        return out.text("riskTier", TIERS[random.nextInt(TIERS.length)])
                .text("rollback", "Remove the added entitlements; restore the removed ones from the snapshot.")
                .beginObject("changeWindow")
                .text("start", "2026-11-22T00:00:00Z")
                .text("end", "2026-11-23T00:00:00Z")
                .end()
                .end();
    }

    /** Adds {@code count - removals} entitlements and removes {@code removals}; every third add has an expiry. */
    private void change(JsonOut out, Random random, String identity, int count, int removals) {
        List<String> picked = entitlements(random, count);
        out.begin().text("identity", identity).beginArray("add");
        for (int i = removals; i < picked.size(); i++) {
            out.begin().text("entitlement", picked.get(i));
            if (i % 3 == 0) {
                out.text("expiresAt", "2027-0" + (1 + random.nextInt(9)) + "-01T00:00:00Z");
            }
            out.end();
        }
        out.endArray();
        if (removals > 0) {
            out.beginArray("remove");
            for (int i = 0; i < removals; i++) {
                out.begin().text("entitlement", picked.get(i)).end();
            }
            out.endArray();
        }
        out.end();
    }

    /**
     * {@code count} distinct entitlements, mostly from one system as real requests are, and about one
     * in twenty of them sensitive.
     */
    private List<String> entitlements(Random random, int count) {
        int perSystem = population.size().entitlementsPerSystem();
        int home = random.nextInt(Population.SYSTEMS.size());
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, population.entitlements().size() / 2)) {
            boolean elsewhere = random.nextInt(4) == 0 || picked.size() >= perSystem / 2;
            int system = elsewhere ? random.nextInt(Population.SYSTEMS.size()) : home;
            picked.add(population.entitlement(system, population.pick(random, SENSITIVE_ONE_IN)));
        }
        return new ArrayList<>(picked);
    }

    private List<String> affected(Random random, int count) {
        List<String> ids = population.identities();
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(ids.get(Population.RESERVED + random.nextInt(ids.size() - Population.RESERVED)));
        }
        return new ArrayList<>(picked);
    }

    private String human(Random random) {
        List<Integer> humans = population.humans();
        int first = Population.RESERVED * 7 / 10;
        return population.identities().get(humans.get(first + random.nextInt(humans.size() - first)));
    }

    private String agent(Random random) {
        int agents = population.size().identities() / 10;
        return population.identities().get(10 * random.nextInt(agents) + 9);
    }
}
