package io.countersign.cli.mcp;

import static io.countersign.cli.mcp.IntakeServerProcess.asArgument;
import static io.countersign.cli.mcp.IntakeServerProcess.body;
import static io.countersign.cli.mcp.IntakeServerProcess.request;
import static io.countersign.cli.mcp.IntakeServerProcess.sampleDraft;
import static io.countersign.cli.mcp.IntakeServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.cli.CountersignCommand;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.WorkspaceInputs;
import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

/**
 * Ten thousand submissions at once, with distinct draft ids, against a server limited to a 96 MB
 * heap (and told to exit on running out): each is queued or refused with a reason, at once for
 * the ones beyond the backlog, and the store holds exactly the ones queued.
 */
class McpFloodTest {

    private static final int SUBMISSIONS = Integer.getInteger("countersign.flood", 10_000);

    @TempDir
    Path dir;

    @Test
    void everySubmissionIsQueuedOrRefusedAndTheStoreHoldsTheQueuedOnes() throws IOException {
        Path ws = dir.resolve("ws");
        List<String> importArgs = new ArrayList<>(List.of("import", "--workspace", ws.toString()));
        IntakeServerProcess.sampleInputs(Files.createDirectories(dir.resolve("in")))
                .forEach(file -> importArgs.add(file.toString()));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(CountersignCommand.run(importArgs.toArray(String[]::new), quiet, quiet))
                .isZero();

        List<String> serverErr = new CopyOnWriteArrayList<>();
        McpAsyncClient client = IntakeServerProcess.async(
                IntakeServerProcess.transport(ws, List.of("-Xmx96m", "-XX:+ExitOnOutOfMemoryError"), "--backlog", "64"),
                serverErr);
        List<Map<String, Object>> drafts = new ArrayList<>(SUBMISSIONS);
        for (int i = 0; i < SUBMISSIONS; i++) {
            ObjectNode draft = sampleDraft("FLOOD-" + i);
            drafts.add(asArgument(draft));
        }
        Set<String> queued = ConcurrentHashMap.newKeySet();
        Map<String, String> refused = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        Flux.range(0, SUBMISSIONS)
                .flatMap(
                        i -> client.callTool(request("submit_draft", Map.of("draft", drafts.get(i))))
                                .doOnNext(result -> record(result, "FLOOD-" + i, queued, refused)),
                        SUBMISSIONS)
                .doOnError(e -> System.out.println("flood stalled at " + queued.size() + " queued, " + refused.size()
                        + " refused; server stderr: " + serverErr))
                .blockLast(Duration.ofMinutes(3));
        long millis = (System.nanoTime() - start) / 1_000_000;

        CallToolResult after = client.callTool(request("draft_status", Map.of("draftId", "FLOOD-0")))
                .block(Duration.ofMinutes(1));
        client.closeGracefully().block(Duration.ofSeconds(30));
        System.out.printf(
                "flood: %d submissions in %d ms: %d queued, %d refused (%s)%n",
                SUBMISSIONS,
                millis,
                queued.size(),
                refused.size(),
                refused.values().stream().distinct().limit(3).toList());

        assertThat(queued.size() + refused.size()).isEqualTo(SUBMISSIONS);
        assertThat(queued).isNotEmpty();
        assertThat(refused.values())
                .allMatch(reason -> reason.startsWith("refused: busy: ") && reason.endsWith("retry in a moment"));
        assertThat(after).as("the server outlived the flood").isNotNull();
        assertThat(serverErr).noneMatch(line -> line.contains("OutOfMemoryError") || line.contains("Exception"));
        try (Workspace workspace = openWhenReleased(ws)) {
            List<String> stored = new WorkspaceInputs(workspace)
                    .pendingDrafts().stream().map(d -> d.draft().id()).toList();
            assertThat(stored).hasSize(queued.size()).containsExactlyInAnyOrderElementsOf(queued);
        }
    }

    private static void record(CallToolResult result, String id, Set<String> queued, Map<String, String> refused) {
        if (Boolean.TRUE.equals(result.isError())) {
            refused.put(id, text(result));
        } else if ("queued".equals(body(result).get("status"))) {
            queued.add(id);
        } else {
            refused.put(id, "unexpected: " + text(result));
        }
    }

    /** The server exits once its input ends; its workspace is free shortly after. */
    private static Workspace openWhenReleased(Path ws) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                return Workspace.open(ws);
            } catch (RuntimeException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
