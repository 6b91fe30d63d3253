package io.countersign.model.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying a pack: problems with the pack as a whole (archive, bag, statement,
 * chain) and a verdict per decision record. Valid only when both are clean.
 *
 * @param statement the pack statement, when it could be read (its signature may still be bad)
 */
public record PackVerification(
        List<PackIssue> packIssues, List<RecordVerdict> records, Optional<PackStatement> statement) {

    public PackVerification {
        packIssues = List.copyOf(packIssues);
        records = List.copyOf(records);
    }

    public boolean isValid() {
        return packIssues.isEmpty() && records.stream().allMatch(RecordVerdict::isValid);
    }

    /** Every issue, pack-level first, then per record in seq order. */
    public List<PackIssue> allIssues() {
        List<PackIssue> all = new ArrayList<>(packIssues);
        records.forEach(r -> all.addAll(r.issues()));
        return all;
    }

    /** Every distinct reason code found, in the order first met; empty when valid. */
    public List<PackReason> reasons() {
        return allIssues().stream().map(PackIssue::reason).distinct().toList();
    }
}
