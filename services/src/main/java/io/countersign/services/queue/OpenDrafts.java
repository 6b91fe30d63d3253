package io.countersign.services.queue;

import io.countersign.model.format.Draft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The open drafts indexed by the identities they change. Only drafts that change one of a draft's
 * identities can add to its cumulative findings, so each draft gets those, in queue order, instead
 * of the whole queue: ten thousand drafts would otherwise mean a hundred million list entries.
 */
final class OpenDrafts {
    private final Map<String, List<Integer>> byIdentity = new HashMap<>();
    private final List<Draft> open;

    OpenDrafts(List<Draft> open) {
        this.open = List.copyOf(open);
        for (int i = 0; i < this.open.size(); i++) {
            for (String identity : this.open.get(i).affectedIdentities()) {
                byIdentity.computeIfAbsent(identity, id -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The open drafts other than {@code draft} (by id) that change at least one of its identities. */
    List<Draft> sharingIdentitiesWith(Draft draft) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (String identity : draft.affectedIdentities()) {
            positions.addAll(byIdentity.getOrDefault(identity, List.of()));
        }
        List<Draft> sharing = new ArrayList<>(positions.size());
        for (int position : positions) {
            if (!open.get(position).id().equals(draft.id())) {
                sharing.add(open.get(position));
            }
        }
        return sharing;
    }
}
