package io.countersign.services.evidence;

import io.countersign.model.decision.DecisionRecord;

/** The verdict on one chain entry; {@code decision} is set only for a verified decision. */
public record EntryVerdict(long seq, String kind, EntryReason reason, String detail, DecisionRecord decision) {

    public boolean ok() {
        return reason == EntryReason.OK;
    }

    /** One line for people: "seq 12: SIGNATURE_INVALID — …". */
    public String describe() {
        return "seq " + seq + ": " + reason + (detail == null ? "" : " — " + detail);
    }
}
