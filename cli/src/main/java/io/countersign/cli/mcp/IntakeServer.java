package io.countersign.cli.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import reactor.core.publisher.Mono;

/**
 * The MCP intake server on a pair of streams (ADR 0017): the official SDK's stdio transport and
 * session, four tools, and the workspace taken in turns. Serves until the input ends.
 */
public final class IntakeServer {
    private IntakeServer() {}

    /**
     * What the server is started with.
     *
     * @param releaseAfter how long the workspace stays open without calls
     * @param backlog      calls that may wait for the workspace; one more is refused at once
     */
    public record Settings(Path workspace, String drafter, Duration releaseAfter, int backlog, String version) {}

    /**
     * The longest JSON-RPC message read, in characters. A longer one ends the session (the SDK's
     * transport), so it sits well above the largest draft taken ({@link DraftArgument#MAX_CHARS}),
     * which is refused as a tool error instead.
     */
    static final int MAX_MESSAGE_CHARS = 16 * DraftArgument.MAX_CHARS;

    private static final String INSTRUCTIONS = "Countersign takes identity and access change drafts for human "
            + "review. Call describe_policy and list_formats first; submit_draft returns the analysis a reviewer "
            + "will see, so fix what it flags by submitting the next revision; draft_status tells you the decision. "
            + "Humans decide and sign; nothing here approves anything.";

    /** Serves on {@code in} and {@code out} until {@code in} ends; logs one-line notes to {@code log}. */
    public static void serve(Settings settings, InputStream in, OutputStream out, PrintStream log)
            throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        try (WorkspaceTurns turns =
                new WorkspaceTurns(settings.workspace(), settings.releaseAfter(), settings.backlog(), log)) {
            List<IntakeTool> tools = List.of(
                    new SubmitDraftTool(turns, settings.drafter()),
                    new DraftStatusTool(turns, settings.drafter()),
                    new ListFormatsTool(),
                    new DescribePolicyTool(turns, settings.drafter()));
            McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
            McpAsyncServer server = McpServer.async(new OneWriterTransport(
                            new StdioServerTransportProvider(
                                    json, new EndSignalling(in, ended), out, MAX_MESSAGE_CHARS),
                            ended::countDown))
                    .serverInfo("countersign", settings.version())
                    .instructions(INSTRUCTIONS)
                    .capabilities(
                            McpSchema.ServerCapabilities.builder().tools(false).build())
                    .validateToolInputs(false)
                    .jsonSchemaValidator(new ToolsCheckTheirArguments())
                    .jsonMapper(json)
                    .tools(tools.stream().map(IntakeServer::specification).toList())
                    .build();
            ended.await();
            server.closeGracefully().onErrorResume(e -> Mono.empty()).block(Duration.ofSeconds(5));
        }
    }

    static AsyncToolSpecification specification(IntakeTool tool) {
        McpSchema.Tool described = McpSchema.Tool.builder(tool.name(), tool.inputSchema())
                .description(tool.description())
                .annotations(new McpSchema.ToolAnnotations(null, tool.readOnly(), false, tool.readOnly(), false, null))
                .build();
        return new AsyncToolSpecification(described, (exchange, request) -> Mono.defer(() -> call(tool, request)));
    }

    /** Every way a call can end becomes a tool result: the server never answers with a stack trace, nor stops. */
    private static Mono<CallToolResult> call(IntakeTool tool, McpSchema.CallToolRequest request) {
        try {
            return Mono.fromFuture(tool.call(request.arguments()))
                    .onErrorResume(e -> Mono.just(ToolReplies.internalError(e)));
        } catch (ToolRefusal refusal) {
            return Mono.just(ToolReplies.refused(refusal));
        } catch (WorkspaceTurns.BacklogFullException busy) {
            return Mono.just(ToolReplies.refused(busy.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return Mono.just(ToolReplies.internalError(e));
        }
    }

    /** The input, noting when it ends (the client went away) so the server can close its workspace and exit. */
    private static final class EndSignalling extends FilterInputStream {
        private final CountDownLatch ended;

        EndSignalling(InputStream in, CountDownLatch ended) {
            super(in);
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            return noted(super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return noted(super.read(buffer, offset, length));
        }

        private int noted(int result) {
            if (result < 0) {
                ended.countDown();
            }
            return result;
        }

        @Override
        public void close() throws IOException {
            ended.countDown();
            super.close();
        }
    }
}
