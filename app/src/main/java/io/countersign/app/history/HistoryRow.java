package io.countersign.app.history;

import io.countersign.app.common.Mark;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.services.evidence.EntryVerdict;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of the history: a decision read from its verified envelope, or a record that failed
 * verification, whose content is not shown because nothing in it can be trusted.
 */
public record HistoryRow(EntryVerdict verdict) {

    public long seq() {
        return verdict.seq();
    }

    public boolean broken() {
        return !verdict.ok();
    }

    /** Present only when the record verified. */
    public Optional<DecisionRecord> decision() {
        return Optional.ofNullable(verdict.decision());
    }

    public Mark status() {
        return broken() ? EvidenceMarks.broken() : EvidenceMarks.verified();
    }

    /** "Verified", or the reason in a few words, e.g. "Signature invalid". */
    public String statusDetail() {
        return broken() ? EntryReasonText.label(verdict.reason()) : "signature, key and chain link";
    }

    public String draftLabel() {
        return decision().map(d -> d.draftId() + " r" + d.revision()).orElse("failed verification · " + verdict.kind());
    }

    public String titleLabel() {
        return decision().map(DecisionRecord::draftTitle).orElse("Content withheld");
    }

    public String approverLabel() {
        return decision()
                .map(d -> d.approverName() == null ? d.approverId() : d.approverName())
                .orElse("—");
    }

    /** Draft id, title, approver and justification, lower-cased, for the search box. */
    String searchText() {
        return decision()
                .map(d -> String.join(
                        " ",
                        d.draftId(),
                        d.draftTitle(),
                        d.approverId(),
                        d.approverName() == null ? "" : d.approverName(),
                        d.justification() == null ? "" : d.justification()))
                .orElse("")
                .toLowerCase(Locale.ROOT);
    }
}
