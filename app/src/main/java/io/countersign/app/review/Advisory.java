package io.countersign.app.review;

import io.countersign.model.format.Draft;
import io.countersign.model.format.Outcome;
import java.util.List;
import java.util.Locale;

/** What the assistant says about its own draft: shown apart from the facts and never taken as a decision. */
public record Advisory(
        String assistant, String rationale, String recommendation, String confidence, List<String> sources) {

    public Advisory {
        sources = List.copyOf(sources);
    }

    public static Advisory of(Draft draft) {
        Draft.Drafter drafter = draft.drafter();
        String assistant = drafter == null
                ? "unknown assistant"
                : drafter.agent() + (drafter.model() == null ? "" : " · " + drafter.model());
        String confidence = draft.confidence() == null
                ? "not stated"
                : String.format(Locale.ROOT, "%.0f %%", draft.confidence() * 100);
        return new Advisory(
                assistant,
                draft.rationale() == null ? "No rationale given." : draft.rationale(),
                outcome(draft.recommendation()),
                confidence,
                draft.sources());
    }

    static String outcome(Outcome outcome) {
        if (outcome == null) {
            return "none";
        }
        return switch (outcome) {
            case APPROVE -> "Approve";
            case APPROVE_REDUCED -> "Approve reduced";
            case REJECT -> "Reject";
            case REQUEST_CHANGES -> "Request changes";
        };
    }
}
