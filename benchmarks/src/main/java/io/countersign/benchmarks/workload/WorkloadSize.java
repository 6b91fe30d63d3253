package io.countersign.benchmarks.workload;

/**
 * How big a generated workload is. {@link #FULL} is the ship-and-measure issue's workload; {@link #SMOKE}
 * is small enough for CI to run every scenario in seconds.
 *
 * @param identities             identities in the snapshot, 70% human and 30% non-human
 * @param entitlementsPerSystem  entitlements in each of the five systems
 * @param roles                  roles bundling entitlements
 * @param sodRules               separation-of-duties rules in the policy file
 * @param maxTermsPerSide        most entitlement ids or patterns on one side of a rule
 * @param drafts                 ordinary drafts in the queue (the outlier comes on top)
 * @param referencesPerDraft     entitlement references in an ordinary draft, about
 * @param outlierIdentities      identities the outlier draft changes
 * @param outlierGrantsPerIdentity entitlements the outlier draft adds to each of them
 */
public record WorkloadSize(
        String name,
        int identities,
        int entitlementsPerSystem,
        int roles,
        int sodRules,
        int maxTermsPerSide,
        int drafts,
        int referencesPerDraft,
        int outlierIdentities,
        int outlierGrantsPerIdentity) {

    public static final WorkloadSize FULL = new WorkloadSize("full", 5_000, 400, 150, 500, 50, 10_000, 80, 5, 1_000);
    public static final WorkloadSize SMOKE = new WorkloadSize("smoke", 200, 40, 12, 40, 10, 60, 24, 2, 60);

    public static WorkloadSize named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("no workload size \"" + name + "\"; expected full or smoke");
        };
    }

    public int entitlements() {
        return entitlementsPerSystem * Population.SYSTEMS.size();
    }

    public int outlierGrants() {
        return outlierIdentities * outlierGrantsPerIdentity;
    }
}
