package io.countersign.app.training;

import io.countersign.app.common.Mark;
import io.countersign.model.format.Difficulty;
import io.countersign.model.format.Outcome;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Training's marks: outcomes, difficulty and right-or-not, each an icon and a word (CSS adds colour). */
public final class TrainingMarks {
    private TrainingMarks() {}

    public static Mark outcome(Outcome outcome) {
        return switch (outcome) {
            case APPROVE -> new Mark(Material2AL.CHECK_CIRCLE, "Approve", "outcome-approve");
            case APPROVE_REDUCED -> new Mark(Material2AL.CONTENT_CUT, "Approve reduced", "outcome-approve-reduced");
            case REJECT -> new Mark(Material2AL.BLOCK, "Reject", "outcome-reject");
            case REQUEST_CHANGES -> new Mark(Material2MZ.REPLY, "Request changes", "outcome-request-changes");
        };
    }

    public static Mark difficulty(Difficulty difficulty) {
        if (difficulty == null) {
            return new Mark(Material2MZ.SIGNAL_CELLULAR_ALT, "Unrated", "difficulty-none");
        }
        return switch (difficulty) {
            case INTRODUCTORY -> new Mark(Material2AL.LOOKS_ONE, "Introductory", "difficulty-introductory");
            case INTERMEDIATE -> new Mark(Material2AL.LOOKS_TWO, "Intermediate", "difficulty-intermediate");
            case ADVANCED -> new Mark(Material2AL.LOOKS_3, "Advanced", "difficulty-advanced");
        };
    }

    public static Mark verdict(boolean right) {
        return right
                ? new Mark(Material2AL.CHECK_CIRCLE, "Right", "verdict-right")
                : new Mark(Material2AL.HIGHLIGHT_OFF, "Different", "verdict-wrong");
    }

    /** A case in the list: done with its score, or still to do. */
    public static Mark progress(Integer score) {
        return score == null
                ? new Mark(Material2AL.CHECK_BOX_OUTLINE_BLANK, "To do", "progress-todo")
                : new Mark(
                        Material2AL.DONE,
                        score + " %",
                        score >= 75 ? "progress-good" : score >= 50 ? "progress-fair" : "progress-poor");
    }
}
