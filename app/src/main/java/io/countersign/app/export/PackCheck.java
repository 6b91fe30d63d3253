package io.countersign.app.export;

import io.countersign.app.common.Mark;
import io.countersign.app.history.EvidenceMarks;
import io.countersign.model.pack.PackIssue;
import io.countersign.model.pack.PackReason;
import io.countersign.model.pack.PackVerification;
import io.countersign.model.pack.RecordVerdict;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A written pack verified again, read back from disk as an auditor would: VALID or INVALID, the
 * exporter key to compare with one obtained another way, and a verdict with reason codes per record.
 */
public record PackCheck(
        boolean valid, String headline, String exporterKey, List<RecordLine> records, List<String> packIssues) {

    /** One decision record's verdict: its codes and, when it failed, what they mean. */
    public record RecordLine(long seq, String draft, String approver, boolean valid, String codes, String meaning) {
        public Mark mark() {
            return valid ? EvidenceMarks.verified() : EvidenceMarks.broken();
        }
    }

    public static PackCheck of(PackVerification verification) {
        List<RecordLine> records =
                verification.records().stream().map(PackCheck::line).toList();
        List<String> issues = verification.packIssues().stream()
                .map(issue -> issue.reason().name() + " · " + issue.where() + ": " + PackReasonText.of(issue.reason()))
                .toList();
        long failing = records.stream().filter(r -> !r.valid()).count();
        String headline = verification.isValid()
                ? records.size() + " decision record" + (records.size() == 1 ? "" : "s") + " verified, with manifests, "
                        + "chain and pack statement"
                : (issues.isEmpty()
                                ? ""
                                : issues.size() + " pack problem" + (issues.size() == 1 ? "" : "s")
                                        + (failing > 0 ? ", " : ""))
                        + (failing > 0 ? failing + " of " + records.size() + " records fail" : "");
        String key = verification
                .statement()
                .map(s -> s.exporterName() + " (" + s.exporterId() + ") · key " + s.exporterKeyId())
                .orElse("unknown: the pack statement could not be read");
        return new PackCheck(verification.isValid(), headline, key, records, issues);
    }

    public Mark mark() {
        return valid ? EvidenceMarks.valid() : EvidenceMarks.invalid();
    }

    private static RecordLine line(RecordVerdict verdict) {
        String codes = verdict.reasons().stream().map(PackReason::name).collect(Collectors.joining(", "));
        String meaning = verdict.isValid()
                ? PackReasonText.of(PackReason.ENTRY_OK)
                : verdict.issues().stream()
                        .map(PackIssue::reason)
                        .distinct()
                        .map(PackReasonText::of)
                        .collect(Collectors.joining("; "));
        return new RecordLine(verdict.seq(), verdict.draft(), verdict.approver(), verdict.isValid(), codes, meaning);
    }
}
