package io.countersign.app.training;

import io.countersign.app.review.AccessDiffTree;
import io.countersign.app.review.DiffNode;
import io.countersign.app.review.DraftSummary;
import io.countersign.model.analysis.AccessRow;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.TrainingCase;
import java.util.ArrayList;
import java.util.List;

/**
 * One case as a class sees it: what was asked and what the draft proposes, the lines of access that
 * change, and the findings; then, once revealed, the expected outcome, what must be noticed and
 * the trainer's notes.
 */
public record PresenterSlide(
        String position,
        TrainingCase trainingCase,
        DraftSummary summary,
        List<Highlight> highlights,
        List<Finding> findings,
        List<Highlight> mustNotice) {

    public PresenterSlide {
        highlights = List.copyOf(highlights);
        findings = List.copyOf(findings);
        mustNotice = List.copyOf(mustNotice);
    }

    /** One changed line: what changes for whom, and how ("Added", "Removed", …). */
    public record Highlight(AccessRow.Change change, String text, String detail) {}

    public static PresenterSlide of(TrainingCaseItem item, int index, int count) {
        List<Highlight> highlights = new ArrayList<>();
        for (DiffNode identity : new AccessDiffTree(item.item().catalog())
                .build(item.item().analysis().identities())) {
            collect(identity, identity.label(), highlights);
        }
        List<Highlight> notice = item.trainingCase().expected().mustNotice().stream()
                .map(rule -> new Highlight(
                        null, rule, RuleId.fromCode(rule).map(RuleId::title).orElse(rule)))
                .toList();
        return new PresenterSlide(
                "Case " + (index + 1) + " of " + count,
                item.trainingCase(),
                DraftSummary.of(item.item()),
                highlights,
                item.item().analysis().findings(),
                notice);
    }

    /** Entitlement and role lines that change; an unchanged role's children are not news. */
    private static void collect(DiffNode node, String identity, List<Highlight> into) {
        boolean leaf = node.level() == DiffNode.Level.ENTITLEMENT || node.level() == DiffNode.Level.ROLE;
        if (leaf && node.changes()) {
            String how = node.current() == null
                            || node.current().isBlank()
                            || node.current().equals("—")
                    ? node.proposed()
                    : node.current() + "  →  " + node.proposed();
            into.add(new Highlight(node.change(), node.label() + " · " + identity, how));
            if (node.level() == DiffNode.Level.ROLE) {
                return;
            }
        }
        node.children().forEach(child -> collect(child, identity, into));
    }
}
