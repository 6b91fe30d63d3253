package io.countersign.gate;

/**
 * Why the gate refused, as stable codes a provisioning system can match on. Documented in
 * gate/README.md; a code, once published, keeps its meaning.
 */
public enum GateReason {
    /** The draft file cannot be read as a Countersign draft. Exit 2. */
    DRAFT_UNREADABLE(true),
    /** The approval bundle or pack cannot be read. Exit 2. */
    APPROVAL_UNREADABLE(true),
    /** The trust anchors cannot be read. Exit 2. */
    TRUST_UNREADABLE(true),
    /** A decision pack given as approval fails its own verification. */
    PACK_INVALID(false),
    /** The bundle holds no decision on this draft's revision. */
    NO_APPROVALS(false),
    /** The bundle holds decisions on another draft: it was put together from more than one. */
    OTHER_DRAFT(false),
    /** A decision on this revision signed different bytes: the draft was changed after it was decided. */
    DRAFT_CHANGED(false),
    /** An envelope is malformed, or its signature does not verify with the anchor's key. */
    BAD_SIGNATURE(false),
    /** An envelope is signed by a key that is not among the trust anchors. */
    UNTRUSTED_KEY(false),
    /** The record names an approver who does not own the key that signed it. */
    KEY_OWNER_MISMATCH(false),
    /** The key was not valid when the decision was signed. */
    KEY_NOT_VALID(false),
    /** A decision says it was made after the time the gate checks at. */
    DECIDED_AFTER_CHECK_TIME(false),
    /** A decision comes from a training workspace: training never counts as evidence. */
    TRAINING_RECORD(false),
    /** A later revision of the draft was decided on: this revision is superseded. */
    SUPERSEDED(false),
    /** An approver rejected this revision. */
    REJECTED(false),
    /** An approver sent this revision back for changes. */
    SENT_BACK(false),
    /** An approver was involved in the draft (requester, initiator, beneficiary, editor) or is its drafter. */
    NOT_INDEPENDENT(false),
    /** Fewer distinct, independent approvers than the policy demanded; one person counts once. */
    QUORUM_NOT_MET(false),
    /** The approvers together allowed no line item. */
    NOTHING_APPROVED(false),
    /** An allowed line item's access has expired at the time the gate checks at. */
    LINE_ITEM_EXPIRED(false);

    private final boolean unreadable;

    GateReason(boolean unreadable) {
        this.unreadable = unreadable;
    }

    /** An input could not be read at all (exit 2) rather than read and refused (exit 1). */
    public boolean unreadable() {
        return unreadable;
    }
}
