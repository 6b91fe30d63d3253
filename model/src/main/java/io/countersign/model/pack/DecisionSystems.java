package io.countersign.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The systems a decision touches, derived only from the blobs it is bound to, so an auditor can
 * recompute them from the pack: every entitlement the draft adds, removes or was asked for
 * (roles expanded through the snapshot), and every entitlement a finding names, mapped to its
 * {@code system} in the snapshot. Unknown entitlements contribute nothing; a draft that names
 * no entitlement (a workflow change, say) touches no system.
 */
public final class DecisionSystems {

    private DecisionSystems() {
    }

    /**
     * @param draft    the draft revision's JSON (countersign.draft/v1)
     * @param snapshot the snapshot's JSON (countersign.snapshot/v1), or null when absent
     * @param findings the findings array, or null when absent
     */
    public static Set<String> of(JsonNode draft, JsonNode snapshot, JsonNode findings) {
        Set<String> systems = new TreeSet<>();
        if (snapshot == null || draft == null) {
            return systems;
        }
        Map<String, String> systemOf = new java.util.HashMap<>();
        for (JsonNode entitlement : snapshot.path("entitlements")) {
            if (entitlement.path("id").isTextual() && entitlement.path("system").isTextual()) {
                systemOf.put(entitlement.path("id").textValue(), entitlement.path("system").textValue());
            }
        }
        Map<String, JsonNode> roles = new java.util.HashMap<>();
        for (JsonNode role : snapshot.path("roles")) {
            if (role.path("id").isTextual()) {
                roles.put(role.path("id").textValue(), role.path("entitlements"));
            }
        }
        Consumer<String> add = id -> {
            if (systemOf.containsKey(id)) {
                systems.add(systemOf.get(id));
            } else if (roles.containsKey(id)) {
                for (JsonNode e : roles.get(id)) {
                    if (e.isTextual() && systemOf.containsKey(e.textValue())) {
                        systems.add(systemOf.get(e.textValue()));
                    }
                }
            }
        };
        for (JsonNode change : draft.path("changes")) {
            for (String side : new String[] {"add", "remove"}) {
                for (JsonNode grant : change.path(side)) {
                    text(grant.path("entitlement"), add);
                    text(grant.path("role"), add);
                }
            }
        }
        for (JsonNode requested : draft.path("request").path("entitlements")) {
            text(requested, add);
        }
        if (findings != null) {
            for (JsonNode finding : findings) {
                for (JsonNode entitlement : finding.path("entitlements")) {
                    text(entitlement, add);
                }
            }
        }
        return systems;
    }

    private static void text(JsonNode node, Consumer<String> sink) {
        if (node.isTextual()) {
            sink.accept(node.textValue());
        }
    }
}
