package io.countersign.app.queue;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.Names;
import io.countersign.model.format.Draft;
import io.countersign.model.format.DraftKind;
import io.countersign.model.format.Identity;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One row of the queue: a pending draft and its analysis, with the catalog that names its items. */
public record QueueItem(PendingDraft pending, DraftAnalysis analysis, AccessCatalog catalog) {

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
    public Severity highestSeverity() {
        return analysis.highestSeverity();
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

    public Names names() {
        return new Names(catalog);
    }

    /** The affected identities by name ("Dana Kim, svc-ocr"), or the workflow for workflow changes. */
    public String affectedIdentities() {
        List<String> names = draft().affectedIdentities().stream().map(this::shortName).toList();
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
        return change != null && change.create() != null && change.create().name() != null ? change.create().name() : id;
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
