package io.countersign.model.evidence;

import java.util.Objects;

/** Outcome of checking one envelope: a stable reason code and a one-line detail for people. */
public record DsseVerdict(DsseReason reason, String detail) {

    public DsseVerdict {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    public static DsseVerdict valid() {
        return new DsseVerdict(DsseReason.VALID, "signature valid");
    }

    public boolean isValid() {
        return reason == DsseReason.VALID;
    }
}
