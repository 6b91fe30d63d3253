package io.countersign.model.decision;

/** Why a decision cannot be signed as it stands, with a stable code and a sentence saying what to do. */
public record DecisionProblem(Code code, String message) {

    public enum Code {
        /** The approver is not independent of the draft, not human, outside their domain, or already counted. */
        INDEPENDENCE,
        /** A newer revision of the draft exists. */
        STALE_REVISION,
        /** The draft already has a final outcome. */
        ALREADY_DECIDED,
        JUSTIFICATION_REQUIRED,
        ACKNOWLEDGEMENT_REQUIRED,
        MITIGATION_REQUIRED,
        MITIGATION_NOT_VALID,
        LINE_ITEMS_INVALID,
        /** The signing key is not the approver's registered, current key. */
        KEY_NOT_REGISTERED,
        /** The evidence store fails verification; nothing is appended to a broken chain. */
        STORE_BROKEN
    }
}
