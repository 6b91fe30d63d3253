package io.countersign.services.evidence;

import io.countersign.model.decision.DecisionRecord;
import java.util.List;
import java.util.Optional;

/** The result of verifying the whole chain: every entry's verdict and the first broken one. */
public record StoreVerification(List<EntryVerdict> entries) {

    public StoreVerification {
        entries = List.copyOf(entries);
    }

    public Optional<EntryVerdict> firstBroken() {
        return entries.stream().filter(verdict -> !verdict.ok()).findFirst();
    }

    public boolean intact() {
        return firstBroken().isEmpty();
    }

    /** Decisions read from verified envelopes, in chain order; broken entries are left out. */
    public List<DecisionRecord> verifiedDecisions() {
        return entries.stream()
                .filter(EntryVerdict::ok)
                .map(EntryVerdict::decision)
                .filter(d -> d != null)
                .toList();
    }
}
