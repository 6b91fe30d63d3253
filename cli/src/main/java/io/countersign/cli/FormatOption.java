package io.countersign.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Option;

/** {@code --format text|json}: text for people (default), JSON for scripts. */
public final class FormatOption {

    enum Format {
        text,
        json
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json",
            description = "Output: text (default) or json.")
    Format format = Format.text;

    public boolean json() {
        return format == Format.json;
    }

    static ObjectMapper mapper() {
        return JSON;
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
