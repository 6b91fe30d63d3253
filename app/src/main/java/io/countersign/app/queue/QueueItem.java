package io.countersign.app.queue;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.Names;
import io.countersign.model.decision.DraftStanding;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Draft;
import io.countersign.model.format.DraftKind;
import io.countersign.model.format.Identity;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One row of the queue: a pending draft and its analysis, with the catalog that names its items.
 * The highest severity is worked out once: sorting, filtering and counting ask for it for every row
 * many times over, and a large queue has tens of findings per row.
 */
public record QueueItem(PendingDraft pending, DraftAnalysis analysis, AccessCatalog catalog, Severity highestSeverity) {

    public QueueItem(PendingDraft pending, DraftAnalysis analysis, AccessCatalog catalog) {
        this(pending, analysis, catalog, analysis.highestSeverity());
    }

    public Draft draft() {
        return pending.draft();
    }

    public String id() {
        return draft().id();
    }

    public String title() {
        return draft().title();
    }

    public DraftKind kind() {
        return draft().kind();
    }

    /** Null when no finding needs attention. */
    @Override
    public Severity highestSeverity() {
        return highestSeverity;
    }

    public RiskTier risk() {
        return analysis.risk();
    }

    public int approversNeeded() {
        return analysis.approversNeeded();
    }

    public boolean needsStepUp() {
        return analysis.approversNeeded() > 1;
    }

    /** Where the draft stands given the workspace's verified decisions on its shown revision. */
    public DraftStanding standing() {
        return DraftStanding.of(
                id(), draft().revision(), approversNeeded(), pending.history().decisions());
    }

    /** Rejected, sent back or fully approved: nothing more to decide on this revision. */
    public boolean decided() {
        return standing().isFinal();
    }

    /** This revision replaces earlier ones: approvals given to those no longer count. */
    public boolean supersedes() {
        return !pending.history().supersededRevisions().isEmpty();
    }

    /** The assistant's view of current access differs from the snapshot. */
    public boolean staleBasis() {
        return analysis.findings().stream().anyMatch(f -> f.rule() == RuleId.GOV_STALE_BASIS && f.needsAttention());
    }

    /** The acting approver may not decide this draft (independence). */
    public boolean blockedForReviewer() {
        return analysis.blocked();
    }

    public Names names() {
        return new Names(catalog);
    }

    /** The affected identities by name ("Dana Kim, svc-ocr"), or the workflow for workflow changes. */
    public String affectedIdentities() {
        List<String> names =
                draft().affectedIdentities().stream().map(this::shortName).toList();
        if (names.isEmpty() && draft().workflow() != null) {
            return "Workflow " + draft().workflow().id();
        }
        return String.join(", ", names);
    }

    private String shortName(String id) {
        Identity identity = catalog.identity(id);
        if (identity != null && identity.name() != null) {
            return identity.name();
        }
        var change = draft().changeFor(id);
        return change != null && change.create() != null && change.create().name() != null
                ? change.create().name()
                : id;
    }

    public Duration age(Instant now) {
        Instant created = draft().createdAt();
        return created == null || created.isAfter(now) ? Duration.ZERO : Duration.between(created, now);
    }

    /** "just now", "5 min", "3 h", "2 d": compact, for a narrow column. */
    public static String ageText(Duration age) {
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h";
        }
        return age.toDays() + " d";
    }
}
