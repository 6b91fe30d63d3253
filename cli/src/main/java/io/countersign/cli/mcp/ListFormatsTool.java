package io.countersign.cli.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code list_formats}: the JSON Schemas of the input formats, as published in {@code
 * docs/formats/} (copied into this package's resources by the build).
 */
final class ListFormatsTool implements IntakeTool {

    /** Format name to schema resource, in the order they are listed. */
    static final Map<String, String> SCHEMAS = formats();

    private static Map<String, String> formats() {
        Map<String, String> schemas = new LinkedHashMap<>();
        schemas.put("countersign.draft/v1", "draft.schema.json");
        schemas.put("countersign.snapshot/v1", "snapshot.schema.json");
        schemas.put("countersign.policy/v1", "policy.schema.json");
        schemas.put("countersign.casebook/v1", "casebook.schema.json");
        return schemas;
    }

    private volatile ObjectNode all;

    @Override
    public String name() {
        return "list_formats";
    }

    @Override
    public String description() {
        return "The JSON Schemas of Countersign's input formats (countersign.draft/v1 is what submit_draft takes; "
                + "a draft's workflow block refers to the snapshot schema). Optionally one format by name.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Map.of(
                "type",
                "object",
                "properties",
                Map.of("format", Map.of("type", "string", "enum", List.copyOf(SCHEMAS.keySet()))),
                "additionalProperties",
                false);
    }

    @Override
    public CompletableFuture<CallToolResult> call(Map<String, Object> arguments) throws ToolRefusal {
        String format = ToolArguments.of(arguments, Set.of("format"), Set.of()).text("format", 64);
        if (format != null && !SCHEMAS.containsKey(format)) {
            throw new ToolRefusal("unknown format " + ToolRefusal.quote(format) + "; expected one of "
                    + String.join(", ", SCHEMAS.keySet()));
        }
        ObjectNode schemas = schemas();
        if (format == null) {
            return IntakeTool.now(ToolReplies.answer(schemas));
        }
        ObjectNode one = ToolReplies.object();
        ArrayNode list = one.putArray("formats");
        schemas.withArray("formats").forEach(entry -> {
            if (entry.get("format").asText().equals(format)) {
                list.add(entry);
            }
        });
        return IntakeTool.now(ToolReplies.answer(one));
    }

    private ObjectNode schemas() {
        ObjectNode loaded = all;
        if (loaded == null) {
            loaded = ToolReplies.object();
            ArrayNode list = loaded.putArray("formats");
            SCHEMAS.forEach(
                    (format, resource) -> list.addObject().put("format", format).set("schema", load(resource)));
            all = loaded;
        }
        return loaded;
    }

    private static JsonNode load(String resource) {
        try (InputStream in = ListFormatsTool.class.getResourceAsStream("formats/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the build");
            }
            return ToolReplies.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        }
    }
}
