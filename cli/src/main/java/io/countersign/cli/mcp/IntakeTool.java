package io.countersign.cli.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** One tool of the intake server: its name, description and input schema, and the call. */
interface IntakeTool {
    String name();

    String description();

    Map<String, Object> inputSchema();

    /** True for tools that change nothing (all but submit_draft). */
    default boolean readOnly() {
        return true;
    }

    /**
     * Checks the arguments where the call arrives and returns the result to come.
     *
     * @throws ToolRefusal at once, for arguments that will not do
     * @throws WorkspaceTurns.BacklogFullException at once, when too many calls wait
     */
    CompletableFuture<io.modelcontextprotocol.spec.McpSchema.CallToolResult> call(Map<String, Object> arguments)
            throws ToolRefusal;

    static CompletableFuture<CallToolResult> now(CallToolResult result) {
        return CompletableFuture.completedFuture(result);
    }
}
