package io.countersign.model.read;

import io.countersign.model.format.ApprovalPolicy;
import io.countersign.model.format.AssistantPolicy;
import io.countersign.model.format.JustificationCase;
import io.countersign.model.format.LeastPrivilegePolicy;
import io.countersign.model.format.MitigatingControl;
import io.countersign.model.format.Policy;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Severity;
import io.countersign.model.format.SodRule;
import io.countersign.model.format.SodSide;
import java.time.LocalDate;
import java.util.List;

/** Binds a {@code countersign.policy/v1} document (JSON or YAML). Omitted sections take documented defaults. */
public final class PolicyReader {

    private final IdSet controlIds;

    private PolicyReader(SourceNode root) throws FormatException {
        SourceNode controls = root.optionalField("mitigatingControls");
        controlIds = IdSet.of(
                "mitigating control", controls == null ? List.of() : controls.arrayItems("'mitigatingControls'"));
    }

    public static Policy read(SourceNode root) throws FormatException {
        FormatCheck.expect(root, Policy.FORMAT);
        root.onlyFields(Fields.POLICY);
        PolicyReader reader = new PolicyReader(root);
        SourceNode sod = root.optionalField("sod");
        if (sod != null) {
            IdSet.of("SoD rule", sod.arrayItems("'sod'"));
        }
        SourceNode version = root.field("version");
        return new Policy(
                root.text("id"),
                version.kind() == SourceNode.Kind.INTEGER
                        ? Long.toString(version.asInteger(0, Long.MAX_VALUE))
                        : version.asId(),
                root.optionalList("sod", reader::sodRule),
                root.optionalList("mitigatingControls", PolicyReader::control),
                leastPrivilege(root.optionalField("leastPrivilege")),
                approval(root.optionalField("approval")),
                assistant(root.optionalField("assistant")));
    }

    private SodRule sodRule(SourceNode node) throws FormatException {
        node.onlyFields(Fields.SOD_RULE);
        return new SodRule(
                node.text("id"),
                node.optionalText("name"),
                node.optionalCode("severity", Severity.class, Severity.HIGH),
                side(node.field("left")),
                side(node.field("right")),
                node.optionalList("mitigations", controlIds::resolve));
    }

    private static SodSide side(SourceNode node) throws FormatException {
        node.expectObject("a conflict side").onlyFields(Fields.SOD_SIDE);
        boolean any = node.has("anyOf");
        if (any == node.has("allOf")) {
            throw node.error("a conflict side has exactly one of 'anyOf' or 'allOf'");
        }
        List<String> terms = node.textList(any ? "anyOf" : "allOf");
        if (terms.isEmpty()) {
            throw node.field(any ? "anyOf" : "allOf").error("expected at least one entitlement id or pattern");
        }
        return new SodSide(node.optionalText("label"), !any, terms);
    }

    private static MitigatingControl control(SourceNode node) throws FormatException {
        node.onlyFields(Fields.CONTROL);
        LocalDate from = node.date("validFrom");
        LocalDate to = node.date("validTo");
        if (to.isBefore(from)) {
            throw node.field("validTo").error("expected validTo on or after validFrom (" + from + ")");
        }
        return new MitigatingControl(node.text("id"), node.optionalText("name"), node.optionalText("owner"), from, to);
    }

    private static LeastPrivilegePolicy leastPrivilege(SourceNode node) throws FormatException {
        LeastPrivilegePolicy d = LeastPrivilegePolicy.DEFAULTS;
        if (node == null) {
            return d;
        }
        node.expectObject("'leastPrivilege'").onlyFields(Fields.LEAST_PRIVILEGE);
        Double outlier = node.optionalNumber("peerOutlierBelow", 0, 1);
        return new LeastPrivilegePolicy(
                node.optionalInteger("privilegedMaxDays", 1, 3650, d.privilegedMaxDays()),
                node.optionalInteger("dormantDays", 1, 3650, d.dormantDays()),
                outlier == null ? d.peerOutlierBelow() : outlier,
                node.has("wildcardPatterns") ? node.textList("wildcardPatterns") : d.wildcardPatterns(),
                node.optionalTextList("critical"),
                node.optionalInteger("nhiCredentialMaxDays", 1, 3650, d.nhiCredentialMaxDays()));
    }

    private static ApprovalPolicy approval(SourceNode node) throws FormatException {
        ApprovalPolicy d = ApprovalPolicy.DEFAULTS;
        if (node == null) {
            return d;
        }
        node.expectObject("'approval'").onlyFields(Fields.APPROVAL);
        return new ApprovalPolicy(
                node.has("stepUp") ? node.list("stepUp", PolicyReader::stepUp) : d.stepUp(),
                node.optionalList("domains", PolicyReader::domain),
                node.has("justificationRequiredFor")
                        ? node.list("justificationRequiredFor", item -> item.asCode(JustificationCase.class))
                        : d.justificationRequiredFor());
    }

    private static ApprovalPolicy.StepUpTier stepUp(SourceNode node) throws FormatException {
        node.expectObject("a step-up tier").onlyFields(Fields.STEP_UP);
        return new ApprovalPolicy.StepUpTier(node.code("atOrAbove", RiskTier.class), node.integer("approvers", 1, 10));
    }

    private static ApprovalPolicy.ApproverDomain domain(SourceNode node) throws FormatException {
        node.expectObject("an approver domain").onlyFields(Fields.DOMAIN);
        return new ApprovalPolicy.ApproverDomain(node.text("approver"), node.textList("systems"));
    }

    private static AssistantPolicy assistant(SourceNode node) throws FormatException {
        if (node == null) {
            return AssistantPolicy.UNRESTRICTED;
        }
        node.expectObject("'assistant'").onlyFields(Fields.ASSISTANT);
        return new AssistantPolicy(node.textList("allowedSources"));
    }
}
