package io.countersign.model.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.format.AccessGrant;
import io.countersign.model.format.Draft;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.read.DraftReader;
import io.countersign.model.read.FormatException;
import java.io.IOException;
import java.util.HashMap;
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
 *
 * <p>The draft is read by {@link DraftReader}, the one definition of a draft's fields: a draft
 * blob that reader refuses is refused here too, never walked leniently.
 */
public final class DecisionSystems {

    private DecisionSystems() {}

    /**
     * @param draft    the draft revision
     * @param snapshot the snapshot's JSON (countersign.snapshot/v1), or null when absent
     * @param findings the findings array, or null when absent
     */
    public static Set<String> of(Draft draft, JsonNode snapshot, JsonNode findings) {
        if (snapshot == null) {
            return new TreeSet<>();
        }
        return catalog(snapshot).systems(draft, findings);
    }

    /**
     * As {@link #of(Draft, JsonNode, JsonNode)} for the draft revision's JSON (countersign.draft/v1),
     * read strictly into a {@link Draft} first.
     *
     * @throws IllegalArgumentException if the draft reader refuses the draft
     */
    public static Set<String> of(JsonNode draft, JsonNode snapshot, JsonNode findings) {
        if (snapshot == null) {
            return new TreeSet<>();
        }
        return catalog(snapshot).systems(draft, findings);
    }

    /** The snapshot's entitlement-to-system and role maps, built once for every decision bound to it. */
    public static Catalog catalog(JsonNode snapshot) {
        Map<String, String> systemOf = new HashMap<>();
        for (JsonNode entitlement : snapshot.path("entitlements")) {
            if (entitlement.path("id").isTextual() && entitlement.path("system").isTextual()) {
                systemOf.put(
                        entitlement.path("id").textValue(),
                        entitlement.path("system").textValue());
            }
        }
        Map<String, JsonNode> roles = new HashMap<>();
        for (JsonNode role : snapshot.path("roles")) {
            if (role.path("id").isTextual()) {
                roles.put(role.path("id").textValue(), role.path("entitlements"));
            }
        }
        return new Catalog(systemOf, roles);
    }

    /** What {@link #of} needs from a snapshot; read-only once built, so shared between threads. */
    public static final class Catalog {
        /** The catalog of a decision bound to no snapshot: it touches no system. */
        public static final Catalog EMPTY = new Catalog(Map.of(), Map.of());

        private final Map<String, String> systemOf;
        private final Map<String, JsonNode> roles;

        private Catalog(Map<String, String> systemOf, Map<String, JsonNode> roles) {
            this.systemOf = systemOf;
            this.roles = roles;
        }

        /** The systems of a draft (null: none) and its findings (null when absent), as {@link DecisionSystems#of}. */
        public Set<String> systems(Draft draft, JsonNode findings) {
            Set<String> systems = new TreeSet<>();
            if (draft == null) {
                return systems;
            }
            Consumer<String> add = adder(systems);
            draftIds(draft, add);
            if (findings != null) {
                for (JsonNode finding : findings) {
                    for (JsonNode entitlement : finding.path("entitlements")) {
                        text(entitlement, add);
                    }
                }
            }
            return systems;
        }

        /**
         * As {@link #systems(Draft, JsonNode)} for the draft's JSON tree, read strictly into a {@link Draft}.
         *
         * @throws IllegalArgumentException if the draft reader refuses the draft
         */
        public Set<String> systems(JsonNode draft, JsonNode findings) {
            return systems(draft == null ? null : draft(CanonicalJson.canonicalize(draft)), findings);
        }

        /**
         * The same systems from the blobs' bytes: the draft must be one {@link DraftReader} accepts,
         * the findings well-formed JSON (a decision's blobs are canonical and digest-checked). The
         * findings, most of the bytes, are streamed: only their {@code entitlements} are read, the
         * rest skipped without building a tree.
         *
         * @throws IllegalArgumentException if the draft reader refuses the draft or the findings are not JSON
         */
        public Set<String> systems(byte[] draftJson, byte[] findingsJson) {
            Set<String> systems = new TreeSet<>();
            if (draftJson == null) {
                return systems;
            }
            Consumer<String> add = adder(systems);
            draftIds(draft(draftJson), add);
            try {
                if (findingsJson != null) {
                    findingIds(findingsJson, add);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("a decision's findings are not JSON: " + e.getMessage(), e);
            }
            return systems;
        }

        private Consumer<String> adder(Set<String> systems) {
            return id -> {
                String system = systemOf.get(id);
                if (system != null) {
                    systems.add(system);
                } else if (roles.containsKey(id)) {
                    for (JsonNode e : roles.get(id)) {
                        if (e.isTextual() && systemOf.containsKey(e.textValue())) {
                            systems.add(systemOf.get(e.textValue()));
                        }
                    }
                }
            };
        }
    }

    /** Only tokenises the findings; the draft never goes through it. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Draft draft(byte[] json) {
        try {
            return DraftReader.read("the decision's draft", json);
        } catch (FormatException e) {
            throw new IllegalArgumentException("the decision's draft cannot be read: " + e.getMessage(), e);
        }
    }

    /** The entitlements and roles the draft adds or removes, and the entitlements (or roles) asked for. */
    private static void draftIds(Draft draft, Consumer<String> add) {
        for (IdentityChange change : draft.changes()) {
            change.add().stream().map(AccessGrant::target).forEach(add);
            change.remove().stream().map(AccessGrant::target).forEach(add);
        }
        draft.request().entitlements().forEach(add);
    }

    /**
     * Streams what the tree walk {@code for finding in findings: for e in finding.entitlements}
     * reads: the children of an array or object at the top, and of each one's {@code entitlements}
     * array or object; the texts among the latter.
     */
    private static void findingIds(byte[] findings, Consumer<String> add) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(findings)) {
            JsonToken top = parser.nextToken();
            if (top != JsonToken.START_ARRAY && top != JsonToken.START_OBJECT) {
                return;
            }
            for (JsonToken finding = nextChild(parser); finding != null; finding = nextChild(parser)) {
                if (finding != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    boolean entitlements = parser.currentName().equals("entitlements");
                    JsonToken value = parser.nextToken();
                    if (entitlements && (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT)) {
                        for (JsonToken id = nextChild(parser); id != null; id = nextChild(parser)) {
                            if (id == JsonToken.VALUE_STRING) {
                                add.accept(parser.getText());
                            } else {
                                parser.skipChildren();
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
    }

    /** The next child value's first token inside the current array or object, or null at its end. */
    private static JsonToken nextChild(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            token = parser.nextToken();
        }
        return token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT || token == null ? null : token;
    }

    private static void text(JsonNode node, Consumer<String> sink) {
        if (node.isTextual()) {
            sink.accept(node.textValue());
        }
    }
}
