package io.countersign.model.decision;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.Holding;
import io.countersign.model.analysis.IdPattern;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.JustificationCase;
import io.countersign.model.format.MitigatingControl;
import io.countersign.model.format.Outcome;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Severity;
import io.countersign.model.format.SodRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything that must hold before a decision may be signed. Pure: the caller supplies the analysis
 * the reviewer saw (with the approver's independence findings), the analysis of what the approval
 * would let through, and the draft's standing. An empty result means the decision may be signed.
 */
public final class DecisionRules {
    private DecisionRules() {}

    /** Where the draft stands when the decision is made. */
    public record Standing(int latestRevision, String finalOutcome) {}

    public static List<DecisionProblem> check(
            DecisionInput input,
            DraftAnalysis shown,
            DraftAnalysis approved,
            Policy policy,
            Standing standing,
            Instant decidedAt) {
        List<DecisionProblem> problems = new ArrayList<>();
        shown.findings().stream()
                .filter(f -> f.rule().blocksDecision())
                .forEach(f -> problems.add(new DecisionProblem(DecisionProblem.Code.INDEPENDENCE, f.explanation())));
        if (input.revision() < standing.latestRevision()) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.STALE_REVISION,
                    "revision " + input.revision() + " of " + input.draftId() + " is superseded by revision "
                            + standing.latestRevision() + "; review the new revision"));
        }
        if (standing.finalOutcome() != null) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.ALREADY_DECIDED,
                    input.draftId() + " is already " + standing.finalOutcome()
                            + "; nothing more can be decided on this revision"));
        }
        lineItems(input, shown, problems);
        justification(input, approved, policy, problems);
        if (input.approves()) {
            acknowledgements(input, shown, problems);
            mitigation(input, approved, policy, decidedAt, problems);
        }
        return problems;
    }

    private static void lineItems(DecisionInput input, DraftAnalysis shown, List<DecisionProblem> problems) {
        Map<String, LineItem> items = LineItem.of(shown.draft()).stream()
                .collect(Collectors.toMap(LineItem::id, Function.identity(), (a, b) -> a));
        if (input.outcome() != Outcome.APPROVE_REDUCED) {
            if (!input.choices().isEmpty()) {
                problems.add(new DecisionProblem(
                        DecisionProblem.Code.LINE_ITEMS_INVALID,
                        "line-item choices belong to approve-reduced; "
                                + input.outcome().code() + " covers the whole draft"));
            }
            return;
        }
        boolean reduces = false;
        boolean keepsAny = false;
        Set<String> chosen = new LinkedHashSet<>();
        for (LineItemChoice choice : input.choices()) {
            LineItem item = items.get(choice.itemId());
            if (item == null) {
                problems.add(new DecisionProblem(
                        DecisionProblem.Code.LINE_ITEMS_INVALID,
                        "the draft has no line item \"" + choice.itemId() + "\"; its items are: "
                                + String.join("; ", items.keySet())));
                continue;
            }
            chosen.add(item.id());
            reduces |= !choice.approved();
            if (choice.approved() && choice.expiresAt() != null) {
                if (item.action() != LineItem.Action.ADD) {
                    problems.add(new DecisionProblem(
                            DecisionProblem.Code.LINE_ITEMS_INVALID,
                            "\"" + item.id() + "\" removes access; it has no expiry to shorten"));
                } else if (item.proposedExpiry() != null && choice.expiresAt().isAfter(item.proposedExpiry())) {
                    problems.add(new DecisionProblem(
                            DecisionProblem.Code.LINE_ITEMS_INVALID,
                            "the expiry " + choice.expiresAt() + " for \"" + item.id() + "\" is later than proposed ("
                                    + item.proposedExpiry() + "); approve-reduced may only shorten"));
                } else {
                    reduces |=
                            item.proposedExpiry() == null || choice.expiresAt().isBefore(item.proposedExpiry());
                }
            }
        }
        keepsAny = items.keySet().stream().anyMatch(id -> !chosen.contains(id))
                || input.choices().stream().anyMatch(LineItemChoice::approved);
        if (items.isEmpty()) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.LINE_ITEMS_INVALID,
                    "this " + shown.draft().kind().code()
                            + " draft has no access line items to reduce; approve or reject it"));
        } else if (!reduces) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.LINE_ITEMS_INVALID,
                    "approve-reduced must leave out at least one line item or shorten an expiry"));
        } else if (!keepsAny) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.LINE_ITEMS_INVALID, "every line item is left out; reject the draft instead"));
        }
    }

    private static void justification(
            DecisionInput input, DraftAnalysis approved, Policy policy, List<DecisionProblem> problems) {
        if (input.hasJustification()) {
            return;
        }
        List<JustificationCase> required = policy.approval().justificationRequiredFor();
        JustificationCase outcomeCase = switch (input.outcome()) {
            case APPROVE -> JustificationCase.APPROVE;
            case APPROVE_REDUCED -> JustificationCase.APPROVE_REDUCED;
            case REJECT -> JustificationCase.REJECT;
            case REQUEST_CHANGES -> JustificationCase.REQUEST_CHANGES;
        };
        if (required.contains(outcomeCase)) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.JUSTIFICATION_REQUIRED,
                    "policy " + policy.id() + " requires a justification to "
                            + input.outcome().code()));
            return;
        }
        List<String> overridden =
                serious(approved).map(f -> f.rule().code()).distinct().toList();
        if (input.approves() && required.contains(JustificationCase.OVERRIDE) && !overridden.isEmpty()) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.JUSTIFICATION_REQUIRED,
                    "approving over high or critical findings (" + String.join(", ", overridden)
                            + ") requires a justification"));
        }
    }

    private static void acknowledgements(DecisionInput input, DraftAnalysis shown, List<DecisionProblem> problems) {
        List<String> missing = serious(shown)
                .map(f -> f.rule().code())
                .distinct()
                .filter(code -> !input.acknowledged().contains(code))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.ACKNOWLEDGEMENT_REQUIRED,
                    "acknowledge each high or critical finding before approving: " + String.join(", ", missing)));
        }
    }

    private static void mitigation(
            DecisionInput input,
            DraftAnalysis approved,
            Policy policy,
            Instant decidedAt,
            List<DecisionProblem> problems) {
        List<Finding> conflicts = approved.findings().stream()
                .filter(f -> f.rule() == RuleId.SOD_CONFLICT && f.needsAttention())
                .toList();
        if (conflicts.isEmpty()) {
            return;
        }
        String rules = conflicts.stream().map(Finding::subject).distinct().collect(Collectors.joining(", "));
        if (input.mitigationControl() == null || input.mitigationControl().isBlank()) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.MITIGATION_REQUIRED,
                    "accepting the separation-of-duties conflict (" + rules + ") requires a mitigating control"));
            return;
        }
        MitigatingControl control = policy.control(input.mitigationControl());
        if (control == null) {
            problems.add(new DecisionProblem(
                    DecisionProblem.Code.MITIGATION_NOT_VALID,
                    "policy " + policy.id() + " has no mitigating control \"" + input.mitigationControl() + "\""));
            return;
        }
        for (Finding conflict : conflicts) {
            SodRule rule = policy.sodRule(conflict.subject());
            if (rule != null && !rule.mitigations().contains(control.id())) {
                problems.add(new DecisionProblem(
                        DecisionProblem.Code.MITIGATION_NOT_VALID,
                        "rule " + rule.id() + " does not accept " + control.id() + " (it accepts: "
                                + (rule.mitigations().isEmpty() ? "none" : String.join(", ", rule.mitigations()))
                                + ")"));
                continue;
            }
            Instant until = accessEnd(conflict, rule, approved);
            if (until == null) {
                problems.add(new DecisionProblem(
                        DecisionProblem.Code.MITIGATION_NOT_VALID,
                        "neither side of the conflict under " + conflict.subject()
                                + " ever expires, so no control can cover its whole period; set an expiry"));
            } else if (!control.covers(decidedAt, until)) {
                problems.add(new DecisionProblem(
                        DecisionProblem.Code.MITIGATION_NOT_VALID,
                        "control " + control.id() + " is valid " + control.validFrom() + " to " + control.validTo()
                                + ", not for the whole access period to " + until));
            }
        }
    }

    /**
     * When the conflict ends: both sides must be held for it to exist, so it ends when the first
     * side lapses — each side lasting until its longest-held entitlement expires. Null when neither
     * side ever expires.
     */
    private static Instant accessEnd(Finding conflict, SodRule rule, DraftAnalysis approved) {
        Instant left = sideEnd(conflict, rule == null ? null : rule.left().terms(), approved);
        Instant right = sideEnd(conflict, rule == null ? null : rule.right().terms(), approved);
        if (left == null) {
            return right;
        }
        return right == null || left.isBefore(right) ? left : right;
    }

    /** The latest expiry among the conflict's holdings on one side; null when one of them never expires. */
    private static Instant sideEnd(Finding conflict, List<String> terms, DraftAnalysis approved) {
        Instant latest = Instant.MIN;
        for (IdentityReview review : approved.identities()) {
            if (!conflict.identities().contains(review.id())) {
                continue;
            }
            for (Holding holding : review.cumulative().holdings()) {
                boolean onSide = terms == null || IdPattern.anyMatches(terms, holding.entitlement());
                if (onSide && conflict.entitlements().contains(holding.entitlement())) {
                    if (holding.expiresAt() == null) {
                        return null;
                    }
                    latest = holding.expiresAt().isAfter(latest) ? holding.expiresAt() : latest;
                }
            }
        }
        return latest;
    }

    private static Stream<Finding> serious(DraftAnalysis analysis) {
        return analysis.findings().stream()
                .filter(f -> f.needsAttention()
                        && f.severity().isAtLeast(Severity.HIGH)
                        && !f.rule().blocksDecision());
    }
}
