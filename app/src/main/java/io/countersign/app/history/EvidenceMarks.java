package io.countersign.app.history;

import io.countersign.app.common.Mark;
import io.countersign.model.format.Outcome;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Marks for recorded evidence: decision outcomes and verification verdicts, each an icon and a word
 * with a style class for the colour (history.css), as {@code Marks} does for the review.
 */
public final class EvidenceMarks {
    private EvidenceMarks() {}

    public static Mark outcome(Outcome outcome) {
        return switch (outcome) {
            case APPROVE -> new Mark(Material2AL.CHECK_CIRCLE, "Approved", "outcome-approve");
            case APPROVE_REDUCED -> new Mark(Material2AL.CHECK_CIRCLE_OUTLINE, "Approved, reduced", "outcome-reduced");
            case REJECT -> new Mark(Material2AL.BLOCK, "Rejected", "outcome-reject");
            case REQUEST_CHANGES -> new Mark(Material2MZ.RATE_REVIEW, "Changes requested", "outcome-changes");
        };
    }

    /** The assistant's recommendation, in the same words but muted: it is advice, not a decision. */
    public static String recommendation(Outcome outcome) {
        return switch (outcome) {
            case APPROVE -> "Approve";
            case APPROVE_REDUCED -> "Approve, reduced";
            case REJECT -> "Reject";
            case REQUEST_CHANGES -> "Request changes";
        };
    }

    public static Mark verified() {
        return new Mark(Material2MZ.VERIFIED, "Verified", "verdict-ok");
    }

    public static Mark broken() {
        return new Mark(Material2MZ.REPORT, "Broken", "verdict-broken");
    }

    public static Mark checking() {
        return new Mark(Material2AL.HOURGLASS_TOP, "Verifying", "verdict-pending");
    }

    public static Mark valid() {
        return new Mark(Material2MZ.VERIFIED, "VALID", "verdict-ok");
    }

    public static Mark invalid() {
        return new Mark(Material2MZ.REPORT, "INVALID", "verdict-broken");
    }
}
