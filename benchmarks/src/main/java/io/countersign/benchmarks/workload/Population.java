package io.countersign.benchmarks.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The ids every generated file agrees on, derived from the size alone (no randomness): systems,
 * entitlements by system and area, identities by kind, and the approvers no draft involves.
 */
public final class Population {

    public static final List<String> SYSTEMS = List.of("erp", "crm", "cloud", "hr", "dir");
    static final List<String> AREAS = List.of("ap", "ar", "gl", "vendor", "payment", "payroll", "procure", "report");
    static final List<String> VERBS =
            List.of("read", "write", "create", "export", "approve", "release", "admin", "grant");
    static final int ORG_UNITS = 20;
    /** Humans 0..APPROVERS-1 approve; no draft names them as requester or affected identity. */
    public static final int APPROVERS = 3;
    /** Identities below this index are never changed by ordinary drafts. */
    static final int RESERVED = 10;

    private final WorkloadSize size;
    private final List<String> entitlements = new ArrayList<>();
    private final List<String> identities = new ArrayList<>();
    private final List<Integer> humans = new ArrayList<>();

    public Population(WorkloadSize size) {
        this.size = size;
        for (String system : SYSTEMS) {
            for (int i = 0; i < size.entitlementsPerSystem(); i++) {
                entitlements.add(system + "." + AREAS.get(i % AREAS.size()) + "."
                        + VERBS.get((i / AREAS.size()) % VERBS.size()) + "-" + String.format(Locale.ROOT, "%04d", i));
            }
        }
        for (int i = 0; i < size.identities(); i++) {
            identities.add(prefix(i) + String.format(Locale.ROOT, "%05d", i));
            if (kind(i).equals("human")) {
                humans.add(i);
            }
        }
    }

    public WorkloadSize size() {
        return size;
    }

    public List<String> entitlements() {
        return entitlements;
    }

    /** Entitlement {@code index} of {@code system}: index runs over areas first, then verbs. */
    public String entitlement(int system, int index) {
        return entitlements.get(system * size.entitlementsPerSystem() + index);
    }

    /** Approve, release, admin and grant entitlements: what SoD rules are about, and rarely requested. */
    static boolean sensitive(int indexInSystem) {
        return (indexInSystem / AREAS.size()) % VERBS.size() >= VERBS.size() / 2;
    }

    /** How many of a system's entitlements are sensitive: about half (192 of 400, 8 of 40). */
    int sensitivePerSystem() {
        int count = 0;
        for (int i = 0; i < size.entitlementsPerSystem(); i++) {
            count += sensitive(i) ? 1 : 0;
        }
        return count;
    }

    /**
     * A random entitlement index of one system; a sensitive one is kept only one time in
     * {@code sensitiveOneIn}, as most access people ask for is routine.
     */
    int pick(Random random, int sensitiveOneIn) {
        while (true) {
            int index = random.nextInt(size.entitlementsPerSystem());
            if (!sensitive(index) || random.nextInt(sensitiveOneIn) == 0) {
                return index;
            }
        }
    }

    public List<String> identities() {
        return identities;
    }

    /** Indices of the human identities, in order. */
    public List<Integer> humans() {
        return humans;
    }

    public static String approver(int n) {
        return prefix(n) + String.format(Locale.ROOT, "%05d", n);
    }

    /** 70% human; the other 30% split evenly across service accounts, workloads and AI agents. */
    public static String kind(int index) {
        return switch (index % 10) {
            case 7 -> "service-account";
            case 8 -> "workload";
            case 9 -> "ai-agent";
            default -> "human";
        };
    }

    static String prefix(int index) {
        return switch (kind(index)) {
            case "service-account" -> "svc-";
            case "workload" -> "wl-";
            case "ai-agent" -> "agent-";
            default -> "u-";
        };
    }

    static String sensitivity(String entitlement) {
        String verb = entitlement.substring(entitlement.lastIndexOf('.') + 1, entitlement.lastIndexOf('-'));
        return switch (verb) {
            case "read" -> "low";
            case "write", "create", "export" -> "medium";
            case "approve", "release" -> "high";
            default -> "privileged";
        };
    }

    static String role(int index) {
        return String.format(Locale.ROOT, "r-%03d", index);
    }

    static String orgUnit(int index) {
        return "unit-" + (index * 7) % ORG_UNITS;
    }
}
