package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.EffectiveAccess;
import io.countersign.model.analysis.Holding;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.analysis.Names;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.SodRule;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** One finding per violated separation-of-duties rule per identity, naming both sides and how each is held. */
public final class SodRules implements StateRule {

    @Override
    public void evaluate(IdentityReview who, EffectiveAccess access, AnalysisContext context, Consumer<Finding> out) {
        Names names = context.names();
        for (SodEvaluation.Conflict conflict : SodEvaluation.conflicts(context.sod(), access.holdings())) {
            SodRule rule = conflict.rule();
            String left = label(rule.left().label(), "one side");
            String right = label(rule.right().label(), "the other side");
            FindingBuilder finding = FindingBuilder.of(RuleId.SOD_CONFLICT)
                    .severity(rule.severity())
                    .subject(rule.id())
                    .identity(who.id());
            conflict.left()
                    .forEach(h -> finding.entitlement(h.entitlement())
                            .role(h.key().viaRole())
                            .evidence(who.id(), h.entitlement(), left + ": " + h.path()));
            conflict.right()
                    .forEach(h -> finding.entitlement(h.entitlement())
                            .role(h.key().viaRole())
                            .evidence(who.id(), h.entitlement(), right + ": " + h.path()));
            String mitigations = rule.mitigations().isEmpty()
                    ? ""
                    : " The policy accepts the conflict only under a mitigating control: "
                            + String.join(", ", rule.mitigations()) + ".";
            out.accept(finding.summary(
                            names.identity(who) + " would both " + left + " and " + right + " (" + ruleName(rule) + ")")
                    .explanation("Separation-of-duties rule " + ruleName(rule)
                            + " forbids one identity holding both sides. "
                            + names.identity(who) + " holds " + left + " through " + describe(conflict.left(), names)
                            + ", and " + right + " through " + describe(conflict.right(), names) + "."
                            + " Together they let one person complete a sensitive process alone." + mitigations)
                    .remediation(
                            "Remove one side (reduce the grant), or accept the conflict only with a mitigating control valid for the whole access period.")
                    .build());
        }
    }

    private static String ruleName(SodRule rule) {
        return rule.name() == null ? rule.id() : "\"" + rule.name() + "\" (" + rule.id() + ")";
    }

    private static String label(String label, String fallback) {
        return label == null || label.isBlank() ? fallback : label;
    }

    private static String describe(List<Holding> holdings, Names names) {
        return holdings.stream().map(h -> names.held(h.key())).collect(Collectors.joining("; "));
    }
}
