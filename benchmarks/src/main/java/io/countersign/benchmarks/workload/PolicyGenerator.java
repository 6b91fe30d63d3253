package io.countersign.benchmarks.workload;

import io.countersign.model.format.Severity;
import io.countersign.model.format.SodRule;
import io.countersign.model.format.SodSide;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * A policy with two-sided SoD rules of up to {@code maxTermsPerSide} ids or patterns each, mitigating
 * controls, step-up approval and approver domains covering every system. Rule {@code n} depends only on
 * the seed and {@code n}, so the first 50 of 5,000 rules are the 50 rules: cost growth compares like with like.
 */
public final class PolicyGenerator {
    static final String ID = "pol-bench";
    static final int CONTROLS = 10;
    private static final Severity[] SEVERITIES = {Severity.MEDIUM, Severity.HIGH, Severity.HIGH, Severity.CRITICAL};

    private PolicyGenerator() {}

    /** The first {@code count} rules for this population and seed. */
    public static List<SodRule> sodRules(Population population, long seed, int count) {
        List<SodRule> rules = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Random random = new Random(seed * 31 + n);
            int leftSystem = random.nextInt(Population.SYSTEMS.size());
            int rightSystem = random.nextInt(4) == 0 ? random.nextInt(Population.SYSTEMS.size()) : leftSystem;
            int leftArea = random.nextInt(Population.AREAS.size());
            int rightArea = (leftArea + 1 + random.nextInt(Population.AREAS.size() - 1)) % Population.AREAS.size();
            int max = population.size().maxTermsPerSide();
            SodSide left = side(population, random, leftSystem, leftArea, max, "side A of rule " + n);
            SodSide right = side(population, random, rightSystem, rightArea, max, "side B of rule " + n);
            List<String> mitigations = random.nextInt(3) == 0 ? List.of(control(random.nextInt(CONTROLS))) : List.of();
            rules.add(new SodRule(
                    String.format(Locale.ROOT, "sod-%05d", n),
                    "Conflict " + n,
                    SEVERITIES[random.nextInt(SEVERITIES.length)],
                    left,
                    right,
                    mitigations));
        }
        return rules;
    }

    /**
     * One side: one in ten is a pattern over an area's approve..grant entitlements, one in ten needs
     * all of two or three; the rest need any of 1 to {@code max} sensitive entitlements of one system,
     * most sides short and a few long (the count is skewed towards 1).
     */
    private static SodSide side(Population population, Random random, int system, int area, int max, String label) {
        int shape = random.nextInt(10);
        if (shape == 0) {
            return new SodSide(
                    label,
                    false,
                    List.of(Population.SYSTEMS.get(system) + "." + Population.AREAS.get(area) + "."
                            + Population.VERBS.get(4 + random.nextInt(4)) + "-*"));
        }
        int sensitive = population.sensitivePerSystem();
        boolean all = shape == 1;
        int count = all ? 2 + random.nextInt(2) : 1 + (int) ((max - 1) * Math.pow(random.nextDouble(), 6));
        TreeSet<String> terms = new TreeSet<>();
        while (terms.size() < Math.min(count, sensitive)) {
            int index = random.nextInt(population.size().entitlementsPerSystem());
            if (Population.sensitive(index)) {
                terms.add(population.entitlement(system, index));
            }
        }
        return new SodSide(label, all, List.copyOf(terms));
    }

    static String control(int index) {
        return String.format(Locale.ROOT, "ctl-%02d", index);
    }

    static byte[] write(Population population, long seed) {
        List<SodRule> rules = sodRules(population, seed, population.size().sodRules());
        JsonOut out = new JsonOut(rules.size() * 800);
        out.begin()
                .text("format", "countersign.policy/v1")
                .text("id", ID)
                .text("version", "1")
                .beginArray("sod");
        for (SodRule rule : rules) {
            out.begin()
                    .text("id", rule.id())
                    .text("name", rule.name())
                    .text("severity", rule.severity().code());
            side(out, "left", rule.left());
            side(out, "right", rule.right());
            out.texts("mitigations", rule.mitigations()).end();
        }
        out.endArray().beginArray("mitigatingControls");
        for (int c = 0; c < CONTROLS; c++) {
            out.begin()
                    .text("id", control(c))
                    .text("name", "Control " + c)
                    .text("owner", Population.approver(0))
                    .text("validFrom", "2026-01-01")
                    .text("validTo", "2027-12-31")
                    .end();
        }
        out.endArray().beginObject("approval").beginArray("stepUp");
        out.begin().text("atOrAbove", "high").number("approvers", 2).end();
        out.endArray().beginArray("domains");
        for (int a = 0; a < Population.APPROVERS; a++) {
            out.begin()
                    .text("approver", Population.approver(a))
                    .texts("systems", Population.SYSTEMS)
                    .end();
        }
        return out.endArray().end().end().bytes();
    }

    private static void side(JsonOut out, String name, SodSide side) {
        out.beginObject(name)
                .text("label", side.label())
                .texts(side.requiresAll() ? "allOf" : "anyOf", side.terms())
                .end();
    }
}
