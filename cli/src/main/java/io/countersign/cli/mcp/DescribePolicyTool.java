package io.countersign.cli.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.analysis.IdPattern;
import io.countersign.model.format.ApprovalPolicy;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.LeastPrivilegePolicy;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Role;
import io.countersign.model.format.Sensitivity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.SodRule;
import io.countersign.model.format.SodSide;
import io.countersign.services.intake.AssistantIntake;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code describe_policy}: what the assistant may consult (the policy's allowed sources) and what
 * it may propose — systems, entitlements with what each would be flagged for, the patterns the
 * rules flag, and the step-up tiers — from the workspace's current policy and snapshot.
 */
final class DescribePolicyTool implements IntakeTool {

    private final WorkspaceTurns turns;
    private final String drafter;

    DescribePolicyTool(WorkspaceTurns turns, String drafter) {
        this.turns = turns;
        this.drafter = drafter;
    }

    @Override
    public String name() {
        return "describe_policy";
    }

    @Override
    public String description() {
        return "What you may consult (allowed sources) and propose under the workspace's current policy and snapshot: "
                + "systems, entitlements and roles with what each would be flagged for, separation-of-duties and "
                + "critical patterns, limits, and how many approvers each risk tier needs. Optionally one system.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Map.of(
                "type",
                "object",
                "properties",
                Map.of("system", Map.of("type", "string", "description", "Only this system's entitlements")),
                "additionalProperties",
                false);
    }

    @Override
    public CompletableFuture<CallToolResult> call(Map<String, Object> arguments) throws ToolRefusal {
        String system = ToolArguments.of(arguments, Set.of("system"), Set.of()).text("system", 256);
        return turns.take(seat -> describe(seat, system));
    }

    private CallToolResult describe(WorkspaceTurns.Seat seat, String system) {
        Optional<AssistantIntake> intake = seat.intake();
        if (intake.isPresent()) {
            if (intake.get().snapshot().isEmpty() || intake.get().policy().isEmpty()) {
                return ToolReplies.refused("the workspace has no current "
                        + (intake.get().snapshot().isEmpty() ? "snapshot" : "policy") + " yet; a human imports it");
            }
            return ToolReplies.answer(describe(
                    intake.get().snapshot().get(), intake.get().policy().get(), system, "current"));
        }
        return seat.lastRead()
                .map(last -> {
                    ObjectNode body = describe(last.snapshot(), last.policy(), system, "last-read");
                    body.put(
                            "note",
                            "the workspace is in use; this is the policy and snapshot this server read at "
                                    + last.readAt());
                    return ToolReplies.answer(body);
                })
                .orElseGet(() -> ToolReplies.refused("the workspace is in use by the workbench and this server has "
                        + "not read its policy yet; ask again in a while"));
    }

    private ObjectNode describe(Snapshot snapshot, Policy policy, String system, String basis) {
        LeastPrivilegePolicy limits = policy.leastPrivilege();
        ObjectNode body = ToolReplies.object()
                .put("basis", basis)
                .put("snapshot", snapshot.id())
                .put("policy", policy.id())
                .put("policyVersion", policy.version());
        ObjectNode you = body.putObject("drafter").put("workloadIdentity", drafter);
        snapshot.identities().stream()
                .filter(identity -> identity.id().equals(drafter))
                .findFirst()
                .map(Identity::kind)
                .ifPresentOrElse(kind -> you.put("kind", kind.code()), () -> you.put("inSnapshot", false));
        ArrayNode sources = body.putObject("mayConsult").putArray("allowedSources");
        policy.assistant().allowedSources().forEach(sources::add);
        ObjectNode propose = body.putObject("mayPropose");
        ArrayNode kinds = propose.putArray("kinds");
        List.of("access-change", "workflow-change", "exception", "credential").forEach(kinds::add);
        ArrayNode systems = propose.putArray("systems");
        for (ManagedSystem managed : snapshot.systems()) {
            if (system == null || managed.id().equals(system)) {
                systems.addObject()
                        .put("id", managed.id())
                        .put("name", managed.name())
                        .put("owner", managed.owner());
            }
        }
        ArrayNode entitlements = propose.putArray("entitlements");
        for (Entitlement entitlement : snapshot.entitlements()) {
            if (system == null || entitlement.system().equals(system)) {
                ObjectNode node = entitlements
                        .addObject()
                        .put("id", entitlement.id())
                        .put("system", entitlement.system())
                        .put("sensitivity", entitlement.sensitivity().code());
                ArrayNode flagged = node.putArray("flaggedFor");
                flagsOf(entitlement, policy).forEach(flagged::add);
            }
        }
        ArrayNode roles = propose.putArray("roles");
        for (Role role : snapshot.roles()) {
            ArrayNode held = roles.addObject().put("id", role.id()).putArray("entitlements");
            role.entitlements().forEach(held::add);
        }
        ObjectNode patterns = body.putObject("flaggedPatterns");
        ArrayNode critical = patterns.putArray("critical");
        limits.critical().forEach(critical::add);
        ArrayNode wildcards = patterns.putArray("wildcardScopes");
        limits.wildcardPatterns().forEach(wildcards::add);
        ArrayNode sod = patterns.putArray("separationOfDuties");
        for (SodRule rule : policy.sod()) {
            ObjectNode node = sod.addObject()
                    .put("id", rule.id())
                    .put("name", rule.name())
                    .put("severity", rule.severity().code());
            side(node.putObject("left"), rule.left());
            side(node.putObject("right"), rule.right());
        }
        body.putObject("limits")
                .put("privilegedMaxDays", limits.privilegedMaxDays())
                .put("dormantDays", limits.dormantDays())
                .put("nhiCredentialMaxDays", limits.nhiCredentialMaxDays())
                .put("peerOutlierBelow", limits.peerOutlierBelow());
        ObjectNode approval = body.putObject("approval");
        ArrayNode tiers = approval.putArray("stepUp");
        for (ApprovalPolicy.StepUpTier tier : policy.approval().stepUp()) {
            tiers.addObject().put("atOrAbove", tier.atOrAbove().code()).put("approvers", tier.approvers());
        }
        ArrayNode justification = approval.putArray("justificationRequiredFor");
        policy.approval().justificationRequiredFor().forEach(c -> justification.add(c.code()));
        approval.put("decidedBy", "named humans in the workbench; no tool of this server decides, signs or reads keys");
        return body;
    }

    private static List<String> flagsOf(Entitlement entitlement, Policy policy) {
        List<String> flags = new ArrayList<>();
        if (IdPattern.anyMatches(policy.leastPrivilege().critical(), entitlement.id())) {
            flags.add("critical entitlement");
        }
        if (entitlement.sensitivity() == Sensitivity.PRIVILEGED) {
            flags.add("privileged: needs an expiry within "
                    + policy.leastPrivilege().privilegedMaxDays() + " days");
        }
        if (entitlement.grantsAccess()) {
            flags.add("can grant access to others (escalation path)");
        }
        if (entitlement.humanOnly()) {
            flags.add("human-only: flagged for a non-human identity");
        }
        if (entitlement.scope() != null
                && policy.leastPrivilege().wildcardPatterns().contains(entitlement.scope())) {
            flags.add("wildcard scope " + entitlement.scope());
        }
        for (SodRule rule : policy.sod()) {
            if (matches(rule.left(), entitlement.id()) || matches(rule.right(), entitlement.id())) {
                flags.add("separation of duties " + rule.id() + " ("
                        + rule.severity().code() + ")");
            }
        }
        return flags;
    }

    private static boolean matches(SodSide side, String entitlementId) {
        return IdPattern.anyMatches(side.terms(), entitlementId);
    }

    private static void side(ObjectNode node, SodSide side) {
        node.put("label", side.label());
        ArrayNode terms = node.putArray(side.requiresAll() ? "allOf" : "anyOf");
        side.terms().forEach(terms::add);
    }
}
