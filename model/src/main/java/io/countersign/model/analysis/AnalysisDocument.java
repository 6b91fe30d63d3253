package io.countersign.model.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.finding.Evidence;
import io.countersign.model.finding.Finding;
import io.countersign.model.format.Condition;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.WorkflowStep;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of an analysis ({@code countersign.analysis/v1}): what `countersign analyze --format
 * json` prints, and — its findings part — the list of findings a decision is bound to.
 */
public final class AnalysisDocument {
    public static final String FORMAT = "countersign.analysis/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccessCatalog catalog;

    public AnalysisDocument(AccessCatalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode draft(DraftAnalysis analysis, String sourceFile) {
        ObjectNode node = JSON.createObjectNode();
        node.put("draft", analysis.draft().id());
        node.put("revision", analysis.draft().revision());
        node.put("kind", analysis.draft().kind().code());
        node.put("title", analysis.draft().title());
        if (sourceFile != null) {
            node.put("file", sourceFile);
        }
        node.put("snapshot", analysis.snapshotId());
        node.put("policy", analysis.policyId());
        node.put("risk", analysis.risk().code());
        if (analysis.draft().riskTier() != null) {
            node.put("claimedRisk", analysis.draft().riskTier().code());
        }
        node.put("approversNeeded", analysis.approversNeeded());
        node.put(
                "highestSeverity",
                analysis.highestSeverity() == null
                        ? null
                        : analysis.highestSeverity().code());
        node.put("recommendation", analysis.draft().recommendation().code());
        ArrayNode identities = node.putArray("identities");
        analysis.identities().forEach(review -> identities.add(identity(review)));
        if (analysis.workflow() != null) {
            node.set("workflow", workflow(analysis.workflow()));
        }
        node.set("findings", findings(analysis.findings()));
        return node;
    }

    private ObjectNode identity(IdentityReview review) {
        ObjectNode node = JSON.createObjectNode();
        node.put("identity", review.id());
        if (review.identity() != null) {
            node.put("name", review.identity().name());
            node.put("kind", review.identity().kind().code());
        }
        node.put("known", review.identity() != null);
        node.put("created", review.created());
        ArrayNode pending = node.putArray("pendingDrafts");
        review.pendingDrafts().forEach(pending::add);
        ArrayNode rows = node.putArray("rows");
        for (AccessRow row : review.rows()) {
            ObjectNode r = rows.addObject();
            r.put("change", row.change().name().toLowerCase(Locale.ROOT));
            r.put("entitlement", row.entitlement());
            Entitlement entitlement = catalog.entitlement(row.entitlement());
            r.put("name", catalog.nameOf(row.entitlement()));
            r.put("system", catalog.systemOf(row.entitlement()));
            r.put(
                    "sensitivity",
                    entitlement == null ? null : entitlement.sensitivity().code());
            r.put("known", entitlement != null);
            r.put("path", row.key().path());
            r.put("viaRole", row.key().viaRole());
            if (row.before() != null) {
                r.set("before", holding(row.before()));
            }
            if (row.after() != null) {
                r.set("after", holding(row.after()));
            }
            ArrayNode changed = r.putArray("changed");
            row.changed().stream()
                    .sorted()
                    .forEach(field -> changed.add(field.name().toLowerCase(Locale.ROOT)));
        }
        return node;
    }

    private ObjectNode holding(Holding holding) {
        ObjectNode node = JSON.createObjectNode();
        node.put("expiresAt", text(holding.expiresAt()));
        node.put("scope", catalog.effectiveScope(holding));
        node.put("lastUsedAt", text(holding.lastUsedAt()));
        return node;
    }

    private static ObjectNode workflow(WorkflowDiff diff) {
        ObjectNode node = JSON.createObjectNode();
        node.put("workflow", diff.workflowId());
        node.put("new", diff.before() == null);
        ArrayNode steps = node.putArray("steps");
        for (WorkflowDiff.StepRow row : diff.steps()) {
            ObjectNode s = steps.addObject();
            s.put("change", row.change().name().toLowerCase(Locale.ROOT));
            s.put("name", row.name());
            if (row.before() != null) {
                s.set("before", step(row.before()));
            }
            if (row.after() != null) {
                s.set("after", step(row.after()));
            }
            ArrayNode changed = s.putArray("changed");
            row.changed().stream()
                    .sorted()
                    .forEach(aspect -> changed.add(aspect.name().toLowerCase(Locale.ROOT)));
        }
        return node;
    }

    private static ObjectNode step(WorkflowStep step) {
        ObjectNode node = JSON.createObjectNode();
        node.put("approver", step.approver());
        node.put("quorum", step.quorum());
        ArrayNode conditions = node.putArray("conditions");
        for (Condition condition : step.conditions()) {
            ObjectNode c = conditions.addObject();
            c.put("type", condition.type().code());
            if (condition.value() != null) {
                c.put("value", condition.value());
            }
        }
        return node;
    }

    /** The findings as shown to the reviewer, in display order; a decision binds to this array's digest. */
    public static ArrayNode findings(List<Finding> findings) {
        ArrayNode array = JSON.createArrayNode();
        for (Finding finding : findings) {
            ObjectNode f = array.addObject();
            f.put("rule", finding.rule().code());
            f.put("title", finding.rule().title());
            f.put(
                    "group",
                    finding.rule().group().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            f.put("severity", finding.severity().code());
            f.put("status", finding.status().code());
            f.put("blocking", finding.rule().blocksDecision());
            f.put("subject", finding.subject());
            strings(f.putArray("identities"), finding.identities());
            strings(f.putArray("entitlements"), finding.entitlements());
            strings(f.putArray("roles"), finding.roles());
            ArrayNode paths = f.putArray("paths");
            for (Evidence evidence : finding.evidence()) {
                ObjectNode p = paths.addObject();
                p.put("identity", evidence.identity());
                p.put("item", evidence.item());
                p.put("path", evidence.path());
            }
            f.put("summary", finding.summary());
            f.put("explanation", finding.explanation());
            f.put("remediation", finding.remediation());
            strings(f.putArray("references"), finding.references());
        }
        return array;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
