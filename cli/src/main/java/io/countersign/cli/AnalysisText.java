package io.countersign.cli;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.Holding;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.analysis.Names;
import io.countersign.model.analysis.WorkflowDiff;
import io.countersign.model.finding.Finding;
import io.countersign.model.format.Draft;
import java.io.PrintWriter;
import java.util.Locale;

/** The analysis as plain text for a person at a terminal: diff first, then findings, most severe first. */
final class AnalysisText {
    private final AccessCatalog catalog;
    private final Names names;
    private final PrintWriter out;

    AnalysisText(AccessCatalog catalog, PrintWriter out) {
        this.catalog = catalog;
        this.names = new Names(catalog);
        this.out = out;
    }

    void print(DraftAnalysis analysis, String file) {
        Draft draft = analysis.draft();
        out.printf(
                "Draft %s r%d · %s · %s%n",
                draft.id(), draft.revision(), draft.kind().code(), draft.title());
        out.printf("  file %s · snapshot %s · policy %s%n", file, analysis.snapshotId(), analysis.policyId());
        String claimed = draft.riskTier() == null
                ? ""
                : " (assistant claimed " + draft.riskTier().code() + ")";
        out.printf(
                "  risk %s%s · needs %d approver%s · assistant recommends %s (advisory)%n",
                analysis.risk().code(),
                claimed,
                analysis.approversNeeded(),
                analysis.approversNeeded() == 1 ? "" : "s",
                draft.recommendation().code());
        for (IdentityReview review : analysis.identities()) {
            printIdentity(review);
        }
        if (analysis.workflow() != null) {
            printWorkflow(analysis.workflow());
        }
        out.printf("  Findings (%d):%n", analysis.findings().size());
        if (analysis.findings().isEmpty()) {
            out.println("    none");
        }
        for (Finding finding : analysis.findings()) {
            out.printf(
                    "    %-8s %-12s %-24s %s%n",
                    finding.severity().code().toUpperCase(Locale.ROOT),
                    finding.status().code(),
                    finding.rule().code(),
                    finding.summary());
            out.printf("             Why: %s%n", finding.explanation());
            out.printf("             Fix: %s%n", finding.remediation());
        }
        out.println();
    }

    private void printIdentity(IdentityReview review) {
        String kind = review.identity() == null
                ? "not in snapshot"
                : review.identity().kind().code();
        out.printf("  %s · %s%s%n", names.identity(review), kind, review.created() ? " · created by this draft" : "");
        int unchanged = 0;
        for (AccessRow row : review.rows()) {
            if (row.change() == AccessRow.Change.UNCHANGED) {
                unchanged++;
                continue;
            }
            out.printf(
                    "    %s %-9s %-40s %-10s %-24s %s%n",
                    symbol(row.change()),
                    row.change().name().toLowerCase(Locale.ROOT),
                    row.entitlement(),
                    catalog.systemOf(row.entitlement()),
                    row.key().path(),
                    detail(row));
        }
        if (unchanged > 0) {
            out.printf("    = unchanged (%d row%s)%n", unchanged, unchanged == 1 ? "" : "s");
        }
        if (!review.pendingDrafts().isEmpty()) {
            out.printf("    other pending drafts: %s%n", String.join(", ", review.pendingDrafts()));
        }
    }

    private String detail(AccessRow row) {
        Holding shown = row.current();
        String scope = catalog.effectiveScope(shown);
        String expiry = shown.expiresAt() == null ? "no expiry" : "expires " + shown.expiresAt();
        if (row.change() == AccessRow.Change.CHANGED) {
            return "was: "
                    + (row.before().expiresAt() == null
                            ? "no expiry"
                            : "expires " + row.before().expiresAt()) + ", scope " + catalog.effectiveScope(row.before())
                    + " → now: " + expiry + ", scope " + scope;
        }
        return expiry + (scope == null ? "" : ", scope " + scope);
    }

    private void printWorkflow(WorkflowDiff diff) {
        out.printf("  Workflow %s%s%n", diff.workflowId(), diff.before() == null ? " (new)" : "");
        for (WorkflowDiff.StepRow row : diff.steps()) {
            String after = row.after() == null
                    ? ""
                    : "approver " + row.after().approver() + ", quorum "
                            + row.after().quorum();
            String before = row.before() == null
                    ? ""
                    : "approver " + row.before().approver() + ", quorum "
                            + row.before().quorum();
            out.printf(
                    "    %s %-9s %-28s %s%n",
                    symbol(row.change()),
                    row.change().name().toLowerCase(Locale.ROOT),
                    row.name(),
                    row.change() == AccessRow.Change.CHANGED
                            ? before + " → " + after
                            : (after.isEmpty() ? before : after));
        }
    }

    private static String symbol(AccessRow.Change change) {
        return switch (change) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
            case UNCHANGED -> "=";
        };
    }
}
