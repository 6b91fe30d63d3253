package io.countersign.model.read;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The ids a file declares in one list, for resolving references to them at the referencing node. */
final class IdSet {
    private final String kind;
    private final Set<String> ids = new HashSet<>();

    private IdSet(String kind) {
        this.kind = kind;
    }

    /** Collects {@code id} of every item, refusing a repeated one. */
    static IdSet of(String kind, List<SourceNode> items) throws FormatException {
        IdSet set = new IdSet(kind);
        for (SourceNode item : items) {
            SourceNode id = item.expectObject(kind).field("id");
            if (!set.ids.add(id.asId())) {
                throw id.error("duplicate " + kind + " id \"" + id.asId() + "\"; ids must be unique");
            }
        }
        return set;
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    /** Returns the id the node holds, or fails naming the unresolved reference. */
    String resolve(SourceNode reference) throws FormatException {
        String id = reference.asId();
        if (!ids.contains(id)) {
            throw reference.error("refers to " + kind + " \"" + id + "\", which this file does not declare");
        }
        return id;
    }

    String resolveOptional(SourceNode owner, String field) throws FormatException {
        SourceNode reference = owner.optionalField(field);
        return reference == null ? null : resolve(reference);
    }
}
