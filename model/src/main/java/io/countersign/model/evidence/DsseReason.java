package io.countersign.model.evidence;

/** Stable reason codes for a DSSE verdict; stored and shown, so never rename one. */
public enum DsseReason {
    VALID,
    /** Not JSON, wrong shape, unknown or duplicate fields, bad base64, not one signature. */
    MALFORMED_ENVELOPE,
    /** Well-formed, but the envelope bytes are not their RFC 8785 canonical form. */
    ENVELOPE_NOT_CANONICAL,
    /** The signature is not exactly 64 bytes. */
    SIGNATURE_LENGTH,
    /** The envelope names a different key than the one it is checked against. */
    KEY_MISMATCH,
    /** The signature does not verify over PAE(payloadType, payload). */
    SIGNATURE_INVALID,
    /** A JSON payload that verifies but is not in RFC 8785 canonical form. */
    PAYLOAD_NOT_CANONICAL
}
