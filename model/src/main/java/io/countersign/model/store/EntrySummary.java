package io.countersign.model.store;

/**
 * Listing columns copied next to an envelope so history can be queried without opening every
 * envelope. Convenience only: verification and views trust the signed envelope, never these.
 * Every field may be null (an export has no draft).
 */
public record EntrySummary(String draftId, Integer revision, String approverId, String outcome) {

    public static final EntrySummary NONE = new EntrySummary(null, null, null, null);
}
