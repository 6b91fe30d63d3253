package io.countersign.cli.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.services.sample.SampleCasebook;
import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code countersign mcp} as a child JVM on this test's class path, driven by the SDK's own client
 * over stdio — what an assistant's host does.
 */
final class IntakeServerProcess {

    static final String DRAFTER = "ai-access-drafter";
    static final ObjectMapper JSON = new ObjectMapper();

    private IntakeServerProcess() {}

    static StdioClientTransport transport(Path workspace, List<String> jvmOptions, String... options) {
        List<String> args = new ArrayList<>(jvmOptions);
        args.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "io.countersign.cli.Main",
                "mcp",
                "--workspace",
                workspace.toString(),
                "--drafter",
                DRAFTER));
        args.addAll(List.of(options));
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new StdioClientTransport(
                ServerParameters.builder(java).args(args).build(), new JacksonMcpJsonMapper(new ObjectMapper()));
    }

    static McpSyncClient sync(StdioClientTransport transport, List<String> stderr) {
        transport.setStdErrorHandler(stderr::add);
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60))
                .jsonSchemaValidator(new ToolsCheckTheirArguments())
                .build();
        client.initialize();
        return client;
    }

    static McpAsyncClient async(StdioClientTransport transport, List<String> stderr) {
        transport.setStdErrorHandler(stderr::add);
        McpAsyncClient client = McpClient.async(transport)
                .requestTimeout(Duration.ofMinutes(5))
                .initializationTimeout(Duration.ofSeconds(60))
                .jsonSchemaValidator(new ToolsCheckTheirArguments())
                .build();
        client.initialize().block(Duration.ofSeconds(60));
        return client;
    }

    static CallToolRequest request(String tool, Map<String, Object> arguments) {
        return new CallToolRequest(tool, arguments);
    }

    /** The result's structured content. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> body(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    static String text(CallToolResult result) {
        return ((TextContent) result.content().getFirst()).text();
    }

    /** The sample organisation's first case's draft (DR-4101, a joiner's AP clerk role), renamed. */
    static ObjectNode sampleDraft(String id) throws IOException {
        try (InputStream in = SampleCasebook.class.getResourceAsStream(SampleCasebook.RESOURCE)) {
            ObjectNode draft =
                    (ObjectNode) JSON.readTree(in).get("cases").get(0).get("draft");
            return draft.put("id", id);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asArgument(ObjectNode draft) {
        return JSON.convertValue(draft, Map.class);
    }

    /** Copies the sample organisation's snapshot and policy into {@code folder}, for import. */
    static List<Path> sampleInputs(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("snapshot.json", "policy.yaml")) {
            try (InputStream in = SampleCasebook.class.getResourceAsStream("/io/countersign/services/sample/" + name)) {
                Path file = folder.resolve(name);
                Files.copy(in, file);
                files.add(file);
            }
        }
        return files;
    }
}
