package io.countersign.model.pack;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one decision record in the pack: {@link PackReason#ENTRY_OK} alone, or every
 * problem found with it.
 */
public record RecordVerdict(long seq, String path, String draft, String approver, List<PackIssue> issues) {

    public RecordVerdict {
        Objects.requireNonNull(path, "path");
        issues = List.copyOf(issues);
    }

    public boolean isValid() {
        return issues.isEmpty();
    }

    /** The reason codes: {@code [ENTRY_OK]} for a valid record. */
    public List<PackReason> reasons() {
        return isValid()
                ? List.of(PackReason.ENTRY_OK)
                : issues.stream().map(PackIssue::reason).distinct().toList();
    }
}
