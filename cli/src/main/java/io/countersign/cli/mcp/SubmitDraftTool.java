package io.countersign.cli.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.read.FormatException;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.services.intake.AssistantIntake;
import io.countersign.services.intake.ImportRefusedException;
import io.countersign.services.intake.ImportResult;
import io.countersign.services.intake.InboxDelivery;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code submit_draft}: the draft is read strictly and checked for the server's drafter where the
 * call arrives; then, in the workspace's turn, imported and analysed — or, while another process
 * holds the workspace, written into its inbox.
 */
final class SubmitDraftTool implements IntakeTool {

    private final WorkspaceTurns turns;
    private final String drafter;

    SubmitDraftTool(WorkspaceTurns turns, String drafter) {
        this.turns = turns;
        this.drafter = drafter;
    }

    @Override
    public String name() {
        return "submit_draft";
    }

    @Override
    public String description() {
        return "Submit a countersign.draft/v1 document for human review. It is read as strictly as a file (errors "
                + "name the JSON pointer and, for text, line:column); drafter.workloadIdentity must be \"" + drafter
                + "\". Returns the analysis (risk, highest severity, approvers needed, findings) so you can revise "
                + "the draft (same id, next revision) before a human reviews it. Nothing is decided here.";
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Map.of(
                "type",
                "object",
                "properties",
                Map.of(
                        "draft",
                        Map.of(
                                "type",
                                List.of("object", "string"),
                                "description",
                                "The draft: a JSON object, or its text as JSON or YAML "
                                        + "(see list_formats for the schema).")),
                "required",
                List.of("draft"),
                "additionalProperties",
                false);
    }

    @Override
    public CompletableFuture<CallToolResult> call(Map<String, Object> arguments) throws ToolRefusal {
        ToolArguments args = ToolArguments.of(arguments, Set.of("draft"), Set.of("draft"));
        DraftArgument.Tree tree = DraftArgument.read(args.value("draft"));
        AssistantIntake.ReadDraft read;
        try {
            read = AssistantIntake.read(tree.root(), drafter);
        } catch (FormatException e) {
            throw ToolRefusal.of(e, tree.located());
        }
        return turns.take(seat -> submit(seat, read));
    }

    private static CallToolResult submit(WorkspaceTurns.Seat seat, AssistantIntake.ReadDraft read) {
        Optional<AssistantIntake> intake = seat.intake();
        if (intake.isEmpty()) {
            return throughInbox(seat, read);
        }
        AssistantIntake.Submission submission;
        try {
            submission = intake.get().submit(read);
        } catch (ImportRefusedException | StoreRefusedException e) {
            return ToolReplies.refused(e.getMessage());
        }
        ImportResult imported = submission.imported();
        ObjectNode body = draft(read)
                .put("status", "queued")
                .put("import", imported.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("message", imported.message())
                .put("digest", imported.digest().toString());
        if (submission.analysis() != null) {
            body.set("analysis", AnalysisJson.of(submission.analysis(), "current"));
        } else {
            body.putNull("analysis");
            body.put(
                    "analysisUnavailable",
                    "the workspace has no current " + submission.missingInput() + " yet; a human imports it");
        }
        return ToolReplies.answer(body);
    }

    /** The workbench has the workspace: the inbox takes the draft, and the workbench imports it on arrival. */
    private static CallToolResult throughInbox(WorkspaceTurns.Seat seat, AssistantIntake.ReadDraft read) {
        Path file = InboxDelivery.deliver(seat.directory(), read);
        ObjectNode body = draft(read)
                .put("status", "queued-through-inbox")
                .put(
                        "message",
                        "the workspace is in use by the workbench; the draft was written to its inbox as "
                                + file.getFileName() + " and is imported from there");
        Optional<WorkspaceTurns.LastRead> last = seat.lastRead();
        if (last.isPresent()) {
            ObjectNode analysis = AnalysisJson.of(
                    last.get().analyzer().analyze(read.draft(), List.of(), ReviewContext.NONE), "last-read");
            analysis.put(
                    "note",
                    "computed from the snapshot and policy this server read at "
                            + last.get().readAt()
                            + ", without the identity's other open drafts; the reviewer sees the analysis against "
                            + "the workspace's current inputs");
            body.set("analysis", analysis);
        } else {
            body.putNull("analysis");
            body.put("analysisUnavailable", "the workspace is in use and this server has not read its policy yet");
        }
        return ToolReplies.answer(body);
    }

    private static ObjectNode draft(AssistantIntake.ReadDraft read) {
        return ToolReplies.object()
                .put("draftId", read.draft().id())
                .put("revision", read.draft().revision());
    }
}
