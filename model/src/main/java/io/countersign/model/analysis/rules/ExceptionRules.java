package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.ExceptionRequest;
import io.countersign.model.format.Identity;
import io.countersign.model.format.MitigatingControl;
import io.countersign.model.format.SodRule;
import java.util.function.Consumer;

/** An exception must expire, have an owner, and rest on a mitigating control valid for its whole period. */
public final class ExceptionRules {
    private ExceptionRules() {}

    public static void evaluate(AnalysisContext context, Consumer<Finding> out) {
        ExceptionRequest exception = context.draft().exception();
        if (exception == null) {
            return;
        }
        String what = "the exception to " + exception.rule();
        if (exception.expiresAt() == null) {
            out.accept(base(RuleId.EX_NO_EXPIRY, exception)
                    .summary("Exception to " + exception.rule() + " never expires")
                    .explanation("The draft opens " + what
                            + " with no end date. A permanent exception quietly becomes the rule.")
                    .remediation("Set an expiry; renew it deliberately if it is still needed.")
                    .build());
        }
        Identity owner = exception.owner() == null ? null : context.catalog().identity(exception.owner());
        if (owner == null || !owner.isHuman() || !owner.isActive()) {
            String problem = exception.owner() == null
                    ? "names no owner"
                    : owner == null
                            ? "names owner " + exception.owner() + ", who is not in the snapshot"
                            : "names " + context.names().identity(owner.id()) + ", who is not an active person";
            out.accept(base(RuleId.EX_NO_OWNER, exception)
                    .summary("Exception to " + exception.rule() + " " + problem)
                    .explanation("The draft opens " + what + " but " + problem
                            + ". Nobody would answer for the risk or for ending it.")
                    .remediation("Name an active person who owns the risk until the exception ends.")
                    .build());
        }
        if (exception.control() == null) {
            out.accept(base(RuleId.EX_NO_CONTROL, exception)
                    .summary("Exception to " + exception.rule() + " without a mitigating control")
                    .explanation("The draft opens " + what
                            + " without naming a mitigating control, so nothing compensates for the accepted risk.")
                    .remediation("Name a control from the policy that covers the exception's whole period.")
                    .build());
            return;
        }
        String problem = controlProblem(exception, context);
        if (problem != null) {
            out.accept(base(RuleId.EX_CONTROL_NOT_VALID, exception)
                    .subject(exception.control())
                    .summary("Control " + exception.control() + " does not cover the exception")
                    .explanation("The draft relies on control " + exception.control() + ", but " + problem + ".")
                    .remediation(
                            "Choose a control the rule accepts and that is valid from now until the exception expires.")
                    .build());
        }
    }

    private static String controlProblem(ExceptionRequest exception, AnalysisContext context) {
        MitigatingControl control = context.policy().control(exception.control());
        if (control == null) {
            return "the policy has no such control";
        }
        SodRule rule = context.policy().sodRule(exception.rule());
        if (rule != null && !rule.mitigations().contains(control.id())) {
            return "rule " + rule.id() + " does not accept it as a mitigation (it accepts: "
                    + (rule.mitigations().isEmpty() ? "none" : String.join(", ", rule.mitigations())) + ")";
        }
        if (exception.expiresAt() != null && !control.covers(context.now(), exception.expiresAt())) {
            return "it is valid from " + control.validFrom() + " to " + control.validTo()
                    + ", not for the whole period from " + context.now() + " to " + exception.expiresAt();
        }
        if (exception.expiresAt() == null && !control.covers(context.now(), context.now())) {
            return "it is valid from " + control.validFrom() + " to " + control.validTo() + ", not now";
        }
        return null;
    }

    private static FindingBuilder base(RuleId rule, ExceptionRequest exception) {
        return FindingBuilder.of(rule)
                .subject(exception.rule())
                .identity(exception.identity())
                .evidence(exception.identity(), exception.rule(), "exception");
    }
}
