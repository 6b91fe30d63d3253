package io.countersign.cli.mcp;

import static io.countersign.cli.mcp.IntakeServerProcess.DRAFTER;
import static io.countersign.cli.mcp.IntakeServerProcess.asArgument;
import static io.countersign.cli.mcp.IntakeServerProcess.body;
import static io.countersign.cli.mcp.IntakeServerProcess.request;
import static io.countersign.cli.mcp.IntakeServerProcess.sampleDraft;
import static io.countersign.cli.mcp.IntakeServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.countersign.cli.CountersignCommand;
import io.countersign.persistence.Workspace;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake as an assistant sees it: one server process, driven by the SDK's client over stdio,
 * taking turns at the workspace with the command line (the server lets go after 300 ms idle).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class McpIntakeTest {

    @TempDir
    static Path dir;

    private Path ws;
    private Path henrik;
    private McpSyncClient client;
    private final List<String> serverErr = new CopyOnWriteArrayList<>();
    private String cliErr = "";

    @BeforeAll
    void workspaceWithTheSamplePolicyAndAnApprover() throws IOException {
        ws = dir.resolve("ws");
        henrik = Files.writeString(dir.resolve("henrik.pass"), "henrik's long passphrase\n");
        assertThat(cli(
                        "keys",
                        "init",
                        "--workspace",
                        ws.toString(),
                        "--id",
                        "henrik.dahl",
                        "--name",
                        "Henrik Dahl",
                        "--passphrase-file",
                        henrik.toString()))
                .isZero();
        List<String> importArgs = new ArrayList<>(List.of("import", "--workspace", ws.toString()));
        IntakeServerProcess.sampleInputs(Files.createDirectories(dir.resolve("in")))
                .forEach(file -> importArgs.add(file.toString()));
        // Another assistant's draft (drafter agent-access-assistant), which this one may not follow.
        importArgs.add(Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolve("docs/formats/examples/draft.json")
                .toString());
        assertThat(cli(importArgs.toArray(String[]::new))).as(cliErr).isZero();
        client = IntakeServerProcess.sync(
                IntakeServerProcess.transport(ws, List.of(), "--release-after", "300"), serverErr);
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.closeGracefully();
        }
    }

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(request(tool, arguments));
    }

    /** Runs the command line, waiting its turn while the server holds the workspace. */
    private int cli(String... args) {
        long until = System.nanoTime() + 20_000_000_000L;
        while (true) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = CountersignCommand.run(
                    args,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            cliErr = err.toString(StandardCharsets.UTF_8);
            lastOut = out.toString(StandardCharsets.UTF_8);
            if (!cliErr.contains("in use by another Countersign process") || System.nanoTime() > until) {
                return code;
            }
            pause(100);
        }
    }

    private String lastOut = "";

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @Order(1)
    void listsItsFourToolsAndNothingThatDecides() {
        assertThat(client.listTools().tools())
                .extracting(tool -> tool.name())
                .containsExactlyInAnyOrder("submit_draft", "draft_status", "list_formats", "describe_policy");
    }

    @Test
    @Order(2)
    void submitReturnsTheAnalysisAndQueuesTheDraftForHumans() throws IOException {
        CallToolResult result = call("submit_draft", Map.of("draft", asArgument(sampleDraft("MCP-1"))));

        assertThat(result.isError()).as(text(result)).isFalse();
        Map<String, Object> body = body(result);
        assertThat(body).containsEntry("status", "queued").containsEntry("draftId", "MCP-1");
        @SuppressWarnings("unchecked")
        Map<String, Object> analysis = (Map<String, Object>) body.get("analysis");
        assertThat(analysis).containsEntry("basis", "current").containsEntry("policy", "lkf-access-policy");
        assertThat(analysis).containsKeys("risk", "highestSeverity", "approversNeeded", "findings");

        assertThat(cli("queue", "--workspace", ws.toString(), "--format", "json"))
                .as(cliErr)
                .isZero();
        JsonNode queue = IntakeServerProcess.JSON.readTree(lastOut);
        assertThat(queue.get("drafts").findValuesAsText("id")).contains("MCP-1");
    }

    @Test
    @Order(3)
    void statusIsPendingThenCarriesTheReviewersRequestForChanges() {
        Map<String, Object> pending = body(call("draft_status", Map.of("draftId", "MCP-1")));
        assertThat(pending).containsEntry("state", "pending").containsEntry("latestRevision", 1);

        assertThat(cli(
                        "decide",
                        "--workspace",
                        ws.toString(),
                        "--approver",
                        "henrik.dahl",
                        "--passphrase-file",
                        henrik.toString(),
                        "MCP-1",
                        "--outcome",
                        "request-changes",
                        "--justification",
                        "Name the invoice queue instead of the whole AP role"))
                .as(cliErr)
                .isZero();

        Map<String, Object> decided = body(call("draft_status", Map.of("draftId", "MCP-1")));
        assertThat(decided)
                .containsEntry("state", "decided")
                .containsEntry("outcome", "changes-requested")
                .containsEntry("justification", "Name the invoice queue instead of the whole AP role");
    }

    @Test
    @Order(4)
    void malformedDraftTextIsRefusedWithPointerLineAndColumn() throws IOException {
        ObjectNode draft = sampleDraft("MCP-BAD").put("revision", "one");
        String pretty =
                IntakeServerProcess.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(draft);

        CallToolResult result = call("submit_draft", Map.of("draft", pretty));

        assertThat(result.isError()).isTrue();
        assertThat(body(result)).containsEntry("pointer", "/revision").containsKeys("line", "column");
        assertThat(text(result))
                .startsWith("refused: submit_draft:")
                .contains("/revision")
                .doesNotContain("\n");
    }

    @Test
    @Order(5)
    void malformedDraftObjectIsRefusedWithItsPointer() throws IOException {
        ObjectNode draft = sampleDraft("MCP-BAD");
        draft.putObject("request").put("text", "x").put("surprise", true);

        CallToolResult result = call("submit_draft", Map.of("draft", asArgument(draft)));

        assertThat(result.isError()).isTrue();
        assertThat(body(result)).containsEntry("pointer", "/request/surprise");
    }

    @Test
    @Order(6)
    void draftClaimingAnotherDrafterIsRefused() throws IOException {
        ObjectNode draft = sampleDraft("MCP-OTHER");
        ((ObjectNode) draft.get("drafter")).put("workloadIdentity", "someone-else");

        CallToolResult result = call("submit_draft", Map.of("draft", asArgument(draft)));

        assertThat(result.isError()).isTrue();
        assertThat(body(result)).containsEntry("pointer", "/drafter/workloadIdentity");
        assertThat(text(result)).contains(DRAFTER).contains("someone-else");
    }

    @Test
    @Order(7)
    void hostileArgumentsGetOneLineReasonsAndTheServerCarriesOn() {
        List<Map<String, Object>> hostile = List.of(
                Map.of(),
                Map.of("draft", 42),
                Map.of("draft", List.of(1, 2)),
                Map.of("draft", "x".repeat(DraftArgument.MAX_CHARS + 1)),
                Map.of("draft", "{\"a\": 1, \"a\": 2}"),
                Map.of("draft", "{}", "decide", "approve"));
        for (Map<String, Object> arguments : hostile) {
            CallToolResult result = call("submit_draft", arguments);
            assertThat(result.isError()).as(text(result)).isTrue();
            assertThat(text(result)).startsWith("refused: ").doesNotContain("\n", "Exception", "\tat ");
        }
        assertThat(call("draft_status", Map.of("draftId", 7)).isError()).isTrue();
        assertThat(text(call("draft_status", Map.of("draftId", "nope")))).contains("no draft");
        assertThat(text(call("draft_status", Map.of("draftId", "d-2026-0142"))))
                .as("another drafter's draft")
                .contains("no draft");
        assertThat(call("list_formats", Map.of()).isError()).isFalse();
    }

    @Test
    @Order(8)
    void describesWhatTheAssistantMayConsultAndPropose() {
        Map<String, Object> policy = body(call("describe_policy", Map.of()));
        assertThat(policy).containsEntry("basis", "current").containsKeys("mayConsult", "mayPropose", "approval");
        assertThat(policy.get("mayConsult").toString()).contains("allowedSources");

        Map<String, Object> formats = body(call("list_formats", Map.of("format", "countersign.draft/v1")));
        assertThat(formats.get("formats").toString()).contains("countersign.draft/v1");
    }

    @Test
    @Order(9)
    void whileTheWorkbenchHasTheWorkspaceDraftsGoThroughItsInbox() throws IOException {
        pause(600); // the server lets go after 300 ms without calls
        Path inbox = ws.resolve(Workspace.INBOX);
        try (Workspace workbench = Workspace.open(ws)) {
            CallToolResult result = call("submit_draft", Map.of("draft", asArgument(sampleDraft("MCP-2"))));
            assertThat(result.isError()).as(text(result)).isFalse();
            assertThat(body(result)).containsEntry("status", "queued-through-inbox");
            assertThat(body(result).get("analysis").toString()).contains("basis=last-read");
            try (Stream<Path> files = Files.list(inbox)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .anyMatch(name -> name.startsWith("mcp-MCP-2-") && name.endsWith(".json"));
            }
            assertThat(text(call("draft_status", Map.of("draftId", "MCP-2")))).contains("in use");
        }
        // The server's next turn sweeps the inbox, as the workbench would have on arrival.
        assertThat(body(call("draft_status", Map.of("draftId", "MCP-2")))).containsEntry("state", "pending");
        assertThat(serverErr).noneMatch(line -> line.contains("Exception"));
    }

    @Test
    @Order(10)
    void theNextRevisionAsYamlSupersedesAndAChangedSameRevisionIsRefused() throws IOException {
        ObjectNode next = sampleDraft("MCP-1").put("revision", 2).put("title", "AP clerk, invoice queue only");
        String yaml = new YAMLMapper().writeValueAsString(next);

        CallToolResult revised = call("submit_draft", Map.of("draft", yaml));

        assertThat(revised.isError()).as(text(revised)).isFalse();
        assertThat(body(revised).get("message").toString()).contains("supersedes revision 1");
        Map<String, Object> status = body(call("draft_status", Map.of("draftId", "MCP-1")));
        assertThat(status).containsEntry("state", "pending").containsEntry("latestRevision", 2);
        assertThat(status.get("decisions").toString()).contains("superseded=true", "Name the invoice queue");

        CallToolResult changed =
                call("submit_draft", Map.of("draft", asArgument(next.put("title", "changed without a new revision"))));
        assertThat(changed.isError()).isTrue();
        assertThat(text(changed)).contains("needs a new revision number");
    }
}
