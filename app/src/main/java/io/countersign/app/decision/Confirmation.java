package io.countersign.app.decision;

import io.countersign.services.evidence.RecordedDecision;

/** What the screen says once a decision is durable in the chain: its place, its hash, and what comes next. */
public record Confirmation(String draftId, int revision, String outcome, long seq, String entryHash, String standing) {

    static Confirmation of(RecordedDecision recorded) {
        return new Confirmation(
                recorded.decision().draftId(),
                recorded.decision().revision(),
                recorded.decision().outcome().code(),
                recorded.seq(),
                recorded.entryHash(),
                StandingWords.afterRecording(recorded.standing()));
    }

    public String headline() {
        return "Recorded: " + outcome + " on " + draftId + " r" + revision + " · record " + seq;
    }
}
