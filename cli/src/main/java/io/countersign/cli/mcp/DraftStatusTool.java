package io.countersign.cli.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.decision.DraftStanding;
import io.countersign.model.format.Outcome;
import io.countersign.services.intake.AssistantIntake;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code draft_status}: pending or decided, the outcome, and for a request for changes the
 * reviewer's justification — from verified decisions only. Approvers are not named: the assistant
 * needs what to fix, not who decided.
 */
final class DraftStatusTool implements IntakeTool {

    static final int MAX_ID = 256;

    private final WorkspaceTurns turns;
    private final String drafter;

    DraftStatusTool(WorkspaceTurns turns, String drafter) {
        this.turns = turns;
        this.drafter = drafter;
    }

    @Override
    public String name() {
        return "draft_status";
    }

    @Override
    public String description() {
        return "Where a draft you submitted stands: pending (with approvals so far and approvers needed) or decided "
                + "(approved, rejected or changes requested); for a request for changes, the reviewer's "
                + "justification, so you can prepare the next revision. Read from verified decisions only.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Map.of(
                "type",
                "object",
                "properties",
                Map.of("draftId", Map.of("type", "string", "maxLength", MAX_ID, "description", "The draft's id")),
                "required",
                List.of("draftId"),
                "additionalProperties",
                false);
    }

    @Override
    public CompletableFuture<CallToolResult> call(Map<String, Object> arguments) throws ToolRefusal {
        String draftId = ToolArguments.of(arguments, Set.of("draftId"), Set.of("draftId"))
                .text("draftId", MAX_ID);
        return turns.take(seat -> status(seat, draftId));
    }

    /** Only this drafter's drafts: another assistant's drafts and reviewers' reasons are not its business. */
    private CallToolResult status(WorkspaceTurns.Seat seat, String draftId) {
        Optional<AssistantIntake> intake = seat.intake();
        if (intake.isEmpty()) {
            return ToolReplies.refused("the workspace is in use by the workbench; the status cannot be read now, "
                    + "ask again in a while");
        }
        return intake.get()
                .status(draftId)
                .filter(status -> drafter.equals(status.drafterIdentity()))
                .map(DraftStatusTool::answer)
                .orElseGet(() -> ToolReplies.refused("no draft " + ToolRefusal.quote(draftId) + " from " + drafter
                        + " in this workspace (submit it first)"));
    }

    private static CallToolResult answer(AssistantIntake.DraftStatus status) {
        DraftStanding standing = status.standing();
        ObjectNode body = ToolReplies.object()
                .put("draftId", status.draftId())
                .put("latestRevision", status.latestRevision())
                .put("state", standing.isFinal() ? "decided" : "pending")
                .put("outcome", outcome(standing))
                .put("approvals", standing.approvers().size())
                .put("approversNeeded", standing.approversNeeded());
        status.decisions().stream()
                .filter(d -> d.revision() == status.latestRevision() && d.outcome() == Outcome.REQUEST_CHANGES)
                .reduce((first, second) -> second)
                .ifPresent(d -> body.put("justification", d.justification()));
        ArrayNode decisions = body.putArray("decisions");
        for (DecisionRecord decision : status.decisions()) {
            ObjectNode node = decisions
                    .addObject()
                    .put("revision", decision.revision())
                    .put("outcome", decision.outcome().code())
                    .put("decidedAt", decision.decidedAt().toString())
                    .put("superseded", decision.revision() != status.latestRevision());
            if (decision.outcome() == Outcome.REQUEST_CHANGES) {
                node.put("justification", decision.justification());
            }
        }
        return ToolReplies.answer(body);
    }

    private static String outcome(DraftStanding standing) {
        if (!standing.isFinal()) {
            return null;
        }
        return switch (standing.finalOutcome()) {
            case "rejected" -> "rejected";
            case "sent back for changes" -> "changes-requested";
            default -> "approved";
        };
    }
}
