package io.countersign.model.convert;

import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which identities of different snapshots are one ({@code countersign.identity-map/v1}): each entry
 * names the merged identity's {@code id}, the ids it has elsewhere ({@code sameAs}), and optionally
 * its human {@code owner}, which cloud exports cannot say. Identities with equal ids need no entry.
 */
public record IdentityMap(List<Entry> entries) {

    public static final String FORMAT = "countersign.identity-map/v1";

    static final Set<String> MAP = Set.of("format", "identities");
    static final Set<String> ENTRY = Set.of("id", "sameAs", "owner");

    public IdentityMap {
        entries = List.copyOf(entries);
    }

    public static IdentityMap none() {
        return new IdentityMap(List.of());
    }

    /** One identity: its id in the merged snapshot, its other ids, its owner; nodes kept for refusals. */
    public record Entry(String id, List<SourceNode> sameAs, SourceNode owner, SourceNode node) {
        public Entry {
            sameAs = List.copyOf(sameAs);
        }
    }

    public static IdentityMap read(SourceNode root) throws FormatException {
        root.expectObject("a " + FORMAT + " document");
        String format = root.field("format").asText();
        if (!format.equals(FORMAT)) {
            throw root.field("format").error("unknown format \"" + format + "\"; expected \"" + FORMAT + "\"");
        }
        root.onlyFields(MAP);
        Map<String, SourceNode> seen = new HashMap<>();
        List<Entry> entries = root.list("identities", node -> {
            node.expectObject("an identity mapping").onlyFields(ENTRY);
            Entry entry = new Entry(
                    node.text("id"), node.optionalList("sameAs", alias -> alias), node.optionalField("owner"), node);
            once(seen, node.field("id"));
            for (SourceNode alias : entry.sameAs()) {
                once(seen, alias);
            }
            if (entry.owner() != null) {
                entry.owner().asId();
            }
            return entry;
        });
        return new IdentityMap(entries);
    }

    /** An id may appear once in the whole map: as one entry's id or one of its aliases. */
    private static void once(Map<String, SourceNode> seen, SourceNode id) throws FormatException {
        SourceNode before = seen.putIfAbsent(id.asId(), id);
        if (before != null) {
            throw id.error("\"" + id.asId() + "\" is already mapped at "
                    + before.position().describe() + "; an id belongs to one identity");
        }
    }
}
