package io.countersign.benchmarks.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.benchmarks.report.Result;
import io.countersign.cli.mcp.ToolsCheckTheirArguments;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.read.InputFiles;
import io.countersign.model.read.SourceTreeReader;
import io.countersign.persistence.Workspace;
import io.countersign.services.intake.AssistantIntake;
import io.countersign.services.intake.Importer;
import io.countersign.services.sample.SampleCasebook;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * S11: the MCP intake's {@code submit_draft}, warm: the SDK's client calls a {@code countersign mcp}
 * process over stdio, each call a new revision of the sample casebook's first draft, so every call
 * is a strict read, a durable import and an analysis against the demo snapshot and policy. p99 of
 * the round trip against the floor: the same draft's strict read and analysis in this process.
 */
public final class McpScenario {
    private McpScenario() {}

    private static final String DRAFTER = "ai-access-drafter";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<Result> run(Path scratch, int warmUp, int calls) throws Exception {
        Path dir = Files.createDirectories(scratch.resolve("s11-mcp"));
        Path ws = dir.resolve("ws");
        List<Path> inputs = sampleInputs(dir);
        try (Workspace workspace = Workspace.open(ws)) {
            Importer importer = new Importer(workspace);
            for (Path input : inputs) {
                importer.importFile(input);
            }
        }
        ObjectNode draft = sampleDraft();
        List<Map<String, Object>> revisions = new ArrayList<>(warmUp + calls);
        for (int i = 0; i < warmUp + calls; i++) {
            revisions.add(asArgument(draft.deepCopy().put("revision", i + 1)));
        }
        long[] value = new long[calls];
        try (McpSyncClient client = start(ws)) {
            for (int i = 0; i < warmUp; i++) {
                submit(client, revisions.get(i));
            }
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                submit(client, revisions.get(warmUp + i));
                value[i] = System.nanoTime() - start;
            }
            client.closeGracefully();
        }
        long[] floor = floor(inputs, JSON.writeValueAsBytes(draft), warmUp, calls);
        return List.of(new Result(
                "S11",
                "MCP submit_draft round trip, warm: strict read, durable import, analysis on the demo policy",
                percentile99(value) / 1e6,
                percentile99(floor) / 1e6,
                "ms",
                50.0,
                null,
                String.format(
                        Locale.ROOT,
                        "p99 of %d calls after %d warm-up (median %.2f ms), each a new revision; floor: p99 of "
                                + "the same draft's strict read, drafter check and analysis in-process (median %.3f ms)",
                        calls,
                        warmUp,
                        median(value) / 1e6,
                        median(floor) / 1e6)));
    }

    private static void submit(McpSyncClient client, Map<String, Object> draft) {
        CallToolResult result = client.callTool(new CallToolRequest("submit_draft", Map.of("draft", draft)));
        if (Boolean.TRUE.equals(result.isError())) {
            throw new IllegalStateException("submit_draft refused the benchmark's draft: " + result.content());
        }
    }

    /** The strict read and analysis every submission needs, without protocol or store. */
    private static long[] floor(List<Path> inputs, byte[] draft, int warmUp, int calls) throws Exception {
        DraftAnalyzer analyzer =
                new DraftAnalyzer(InputFiles.snapshot(inputs.get(0)), InputFiles.policy(inputs.get(1)));
        long[] floor = new long[calls];
        for (int i = 0; i < warmUp + calls; i++) {
            long start = System.nanoTime();
            AssistantIntake.ReadDraft read = AssistantIntake.read(
                    SourceTreeReader.read(AssistantIntake.SOURCE, draft, SourceTreeReader.Syntax.JSON), DRAFTER);
            analyzer.analyze(read.draft(), List.of(), ReviewContext.NONE);
            if (i >= warmUp) {
                floor[i - warmUp] = System.nanoTime() - start;
            }
        }
        return floor;
    }

    private static McpSyncClient start(Path ws) {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("monocle"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServerParameters server = ServerParameters.builder(java)
                .args(
                        "-cp",
                        classPath,
                        "io.countersign.cli.Main",
                        "mcp",
                        "--workspace",
                        ws.toString(),
                        "--drafter",
                        DRAFTER)
                .build();
        StdioClientTransport transport = new StdioClientTransport(server, new JacksonMcpJsonMapper(new ObjectMapper()));
        transport.setStdErrorHandler(line -> {});
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60))
                .jsonSchemaValidator(new ToolsCheckTheirArguments())
                .build();
        client.initialize();
        return client;
    }

    private static ObjectNode sampleDraft() throws Exception {
        try (InputStream in = SampleCasebook.class.getResourceAsStream(SampleCasebook.RESOURCE)) {
            return ((ObjectNode) JSON.readTree(in).get("cases").get(0).get("draft")).put("id", "S11-1");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asArgument(ObjectNode draft) {
        return JSON.convertValue(draft, Map.class);
    }

    private static List<Path> sampleInputs(Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("snapshot.json", "policy.yaml")) {
            try (InputStream in = SampleCasebook.class.getResourceAsStream("/io/countersign/services/sample/" + name)) {
                Path file = dir.resolve(name);
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                files.add(file);
            }
        }
        return files;
    }

    private static double percentile99(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
