package io.countersign.app.queue;

import io.countersign.app.common.Mark;
import io.countersign.model.decision.DraftStanding;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Marks only the workspace queue needs: a draft's standing, a superseding revision, a stale basis, a block. */
final class QueueMarks {
    private QueueMarks() {}

    /** Null while nothing is decided and no approval is in yet. */
    static Mark standing(DraftStanding standing) {
        if (standing.isFinal()) {
            return switch (standing.finalOutcome()) {
                case "approved" -> new Mark(Material2AL.CHECK_CIRCLE, "Approved", "decided-approved");
                case "rejected" -> new Mark(Material2AL.BLOCK, "Rejected", "decided-rejected");
                default -> new Mark(Material2MZ.REPLY, "Sent back", "decided-sent-back");
            };
        }
        if (!standing.approvers().isEmpty()) {
            return new Mark(
                    Material2MZ.PEOPLE,
                    standing.approvers().size() + " of " + standing.approversNeeded(),
                    "decided-partly");
        }
        return null;
    }

    static Mark supersedes(int revision) {
        return new Mark(Material2MZ.UPDATE, "r" + revision + " · earlier approvals void", "marker-supersedes");
    }

    static Mark staleBasis() {
        return new Mark(Material2AL.HISTORY_TOGGLE_OFF, "Stale basis", "marker-stale");
    }

    static Mark blocked() {
        return new Mark(Material2AL.BLOCK, "Not yours to decide", "marker-blocked");
    }
}
