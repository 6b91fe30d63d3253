package io.countersign.app.history;

import io.countersign.app.common.Mark;
import io.countersign.services.evidence.EntryVerdict;
import io.countersign.services.evidence.StoreVerification;

/**
 * What the history's header says about the whole chain: checking, intact, broken (the alarm), or
 * not checkable. {@code advice} says what to do next and is empty when nothing needs doing.
 */
public record ChainStatus(State state, String headline, String detail, String advice) {

    public enum State {
        CHECKING,
        INTACT,
        BROKEN,
        UNAVAILABLE
    }

    public static ChainStatus checking() {
        return new ChainStatus(
                State.CHECKING,
                "Verifying the evidence chain…",
                "Every signature, key and chain link is checked from the first record.",
                "");
    }

    public static ChainStatus of(StoreVerification verification) {
        int records = verification.entries().size();
        if (verification.intact()) {
            long decisions = verification.verifiedDecisions().size();
            return new ChainStatus(
                    State.INTACT,
                    "Chain intact · " + records + " record" + (records == 1 ? "" : "s") + " verified",
                    decisions + " decision" + (decisions == 1 ? "" : "s") + " and " + (records - decisions) + " export"
                            + (records - decisions == 1 ? "" : "s")
                            + ", each signature, key and link checked from the first record.",
                    "");
        }
        EntryVerdict first = verification.firstBroken().orElseThrow();
        long failing = verification.entries().stream().filter(v -> !v.ok()).count();
        return new ChainStatus(
                State.BROKEN,
                "ALARM · The evidence store failed verification at record " + first.seq(),
                "Record " + first.seq() + " (" + first.kind() + "): " + EntryReasonText.of(first.reason()) + " ["
                        + first.reason().name() + "]. " + failing + " of " + records + " records fail verification.",
                "Do not record further decisions: Countersign refuses them until the store is restored. Keep a copy of the "
                        + "workspace folder as it is now and contact your Countersign administrator. Packs exported earlier "
                        + "still verify on their own; a new export is refused while the chain is broken.");
    }

    /** The store could not be read at all; {@code reason} is already in plain words. */
    public static ChainStatus unavailable(String reason) {
        return new ChainStatus(
                State.UNAVAILABLE,
                "The evidence store could not be verified",
                reason,
                "Try \"Verify now\" again; if it keeps failing, contact your Countersign administrator.");
    }

    public Mark mark() {
        return switch (state) {
            case CHECKING -> EvidenceMarks.checking();
            case INTACT -> new Mark(EvidenceMarks.verified().icon(), "Intact", "verdict-ok");
            case BROKEN -> new Mark(EvidenceMarks.broken().icon(), "ALARM", "verdict-broken");
            case UNAVAILABLE -> new Mark(EvidenceMarks.broken().icon(), "Not verified", "verdict-broken");
        };
    }
}
