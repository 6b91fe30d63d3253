package io.countersign.model.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The published schemas and examples in docs/formats, and an independent validator for them. */
final class FormatDocs {
    private FormatDocs() {}

    /** Tests run in the module folder; the docs live beside it. */
    static final Path FOLDER = Path.of("..", "docs", "formats");

    static final Path EXAMPLES = FOLDER.resolve("examples");
    static final List<String> FORMATS = List.of("snapshot", "policy", "draft", "casebook");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    static Path schemaFile(String format) {
        return FOLDER.resolve(format + ".schema.json");
    }

    static String schemaId(String format) {
        return "https://countersign.io/schemas/" + format + "/v1";
    }

    static JsonNode tree(Path file) {
        try {
            boolean yaml = file.getFileName().toString().endsWith(".yaml");
            return (yaml ? YAML : JSON).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema is served from the docs folder under its $id, so cross-file $refs never touch the network. */
    static JsonSchema schema(String format) {
        Map<String, String> byId = new HashMap<>();
        for (String each : FORMATS) {
            try {
                byId.put(schemaId(each), Files.readString(schemaFile(each)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012, builder -> builder.schemaLoaders(loaders -> loaders.schemas(byId)));
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of(schemaId(format)), config);
    }

    /** The draft 2020-12 meta-schema, which the validator ships on its classpath. */
    static JsonSchema metaSchema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    }
}
