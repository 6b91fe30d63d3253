package io.countersign.app.decision;

import io.countersign.model.decision.DraftStanding;

/** A draft's standing in words, as the decision bar and the signed confirmation say it. */
final class StandingWords {
    private StandingWords() {}

    static String of(DraftStanding standing) {
        if (standing.isFinal()) {
            return standing.draftId() + " is " + standing.finalOutcome();
        }
        int have = standing.approvers().size();
        int need = standing.approversNeeded();
        if (need <= 1) {
            return "Needs one approver";
        }
        if (have == 0) {
            return "Step-up: needs " + need + " approvers, none yet";
        }
        return "Step-up: " + have + " of " + need + " approvals (" + String.join(", ", standing.approvers()) + ")";
    }

    /** After a decision is recorded: what happens next. */
    static String afterRecording(DraftStanding standing) {
        if (standing.isFinal()) {
            return standing.draftId() + " is now " + standing.finalOutcome();
        }
        int missing = standing.approversNeeded() - standing.approvers().size();
        return standing.approvers().size() + " of " + standing.approversNeeded() + " approvals — "
                + (missing == 1 ? "a second approver must decide" : missing + " more approvers must decide");
    }
}
