package io.countersign.cli.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * Tool results: the body as JSON text (what a model reads) and as structured content (what a
 * program reads). A refusal is an error result whose text is one line.
 */
final class ToolReplies {
    private ToolReplies() {}

    static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static CallToolResult answer(ObjectNode body) {
        return reply(body, false, write(body));
    }

    static CallToolResult refused(ToolRefusal refusal) {
        ObjectNode body = object().put("status", "refused").put("reason", refusal.getMessage());
        if (refusal.pointer() != null) {
            body.put("pointer", refusal.pointer());
        }
        if (refusal.line() > 0) {
            body.put("line", refusal.line()).put("column", refusal.column());
        }
        return reply(body, true, "refused: " + refusal.getMessage());
    }

    static CallToolResult refused(String reason) {
        return refused(new ToolRefusal(reason));
    }

    /** Something we did not foresee: one line, labelled as our fault; the server carries on. */
    static CallToolResult internalError(Throwable e) {
        Throwable cause = e.getCause() != null && e instanceof CompletionException ? e.getCause() : e;
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return refused("internal error: " + what + " (please report it)");
    }

    private static CallToolResult reply(ObjectNode body, boolean error, String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = JSON.convertValue(body, Map.class);
        return CallToolResult.builder()
                .addTextContent(text)
                .structuredContent(structured)
                .isError(error)
                .build();
    }

    private static String write(ObjectNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values is always writable", e);
        }
    }
}
