package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.EffectiveAccess;
import io.countersign.model.analysis.Holding;
import io.countersign.model.analysis.IdPattern;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.analysis.Names;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Entitlement;
import java.util.List;
import java.util.function.Consumer;

/** Least-privilege rules about single holdings: wildcard scope, critical, escalation path, human-only on a non-human. */
public final class HoldingRules implements StateRule {

    @Override
    public void evaluate(IdentityReview who, EffectiveAccess access, AnalysisContext context, Consumer<Finding> out) {
        Names names = context.names();
        List<String> wildcards = context.policy().leastPrivilege().wildcardPatterns();
        List<String> critical = context.policy().leastPrivilege().critical();
        String person = names.identity(who);
        for (Holding holding : access.holdings()) {
            Holding.Key key = holding.key();
            Entitlement entitlement = context.catalog().entitlement(key.entitlement());
            String scope = context.catalog().effectiveScope(holding);
            String wildcard = Scopes.wildcardToken(scope, wildcards);
            if (wildcard != null) {
                out.accept(base(RuleId.LP_WILDCARD_SCOPE, who, key, names)
                        .summary(person + " holds " + names.entitlement(key.entitlement())
                                + " with the all-resources scope \"" + wildcard + "\"")
                        .explanation(person + " would hold " + names.held(key) + " with scope \"" + scope
                                + "\". The value \"" + wildcard
                                + "\" means every resource or every action, far more than any single task needs.")
                        .remediation(
                                "Narrow the scope to the resources the request needs, for example one bucket prefix or one project.")
                        .build());
            }
            if (!critical.isEmpty() && IdPattern.anyMatches(critical, key.entitlement())) {
                out.accept(base(RuleId.LP_CRITICAL_ENTITLEMENT, who, key, names)
                        .summary(person + " holds the critical entitlement " + names.entitlement(key.entitlement()))
                        .explanation(names.entitlement(key.entitlement()) + " is on the policy's critical list; "
                                + person + " would hold it, " + names.path(key)
                                + ". Misuse of a critical entitlement harms the whole organisation.")
                        .remediation(
                                "Grant it only time-bound with a named business reason, or use a break-glass procedure instead.")
                        .build());
            }
            if (entitlement != null && entitlement.grantsAccess()) {
                out.accept(base(RuleId.LP_ESCALATION_PATH, who, key, names)
                        .summary(person + " can grant access to others through " + names.entitlement(key.entitlement()))
                        .explanation(names.entitlement(key.entitlement())
                                + " lets its holder give access to anyone, themselves included. " + person
                                + " would hold it, " + names.path(key)
                                + ", which makes every other control on that system bypassable.")
                        .remediation(
                                "Keep access-granting entitlements with the system's administrators, time-bound, and reviewed by the system owner.")
                        .build());
            }
            if (entitlement != null && entitlement.humanOnly() && who.isNonHuman()) {
                out.accept(base(RuleId.LP_NHI_HUMAN_ONLY, who, key, names)
                        .summary(who.identity().kind().code() + " " + person + " holds human-only "
                                + names.entitlement(key.entitlement()))
                        .explanation(names.entitlement(key.entitlement())
                                + " is marked human-only: it needs a person's accountability. " + person + " is a "
                                + who.identity().kind().code() + " and would hold it, " + names.path(key) + ".")
                        .remediation(
                                "Remove it from the non-human identity; have a named person hold it, or automate through an approved, narrower entitlement.")
                        .build());
            }
        }
    }

    private static FindingBuilder base(RuleId rule, IdentityReview who, Holding.Key key, Names names) {
        return FindingBuilder.of(rule)
                .identity(who.id())
                .entitlement(key.entitlement())
                .role(key.viaRole())
                .subject(key.entitlement() + " " + key.path())
                .evidence(who.id(), key.entitlement(), key.path());
    }
}
