package io.countersign.model.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.countersign.model.format.IdentityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The mapping and identity-map schemas name what their readers read, and the published examples match them. */
class ConversionSchemasTest {

    private static final Path FOLDER = Path.of("..", "docs", "formats");

    private static JsonNode tree(Path file) throws IOException {
        boolean yaml = file.getFileName().toString().endsWith(".yaml");
        return (yaml ? new YAMLMapper() : new ObjectMapper()).readTree(file.toFile());
    }

    private static JsonSchema schema(String name) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(Files.readString(FOLDER.resolve(name + ".schema.json")), InputFormat.JSON, config);
    }

    static Stream<Arguments> objectTypes() {
        return Stream.of(
                arguments("scim-mapping", "", ScimMappingReader.MAPPING),
                arguments("scim-mapping", "/$defs/kindRule", ScimMappingReader.KIND_RULE),
                arguments("scim-mapping", "/$defs/groups", ScimMappingReader.GROUPS),
                arguments("scim-mapping", "/$defs/groupRule", ScimMappingReader.GROUP_RULE),
                arguments("identity-map", "", IdentityMap.MAP),
                arguments("identity-map", "/$defs/identity", IdentityMap.ENTRY));
    }

    @ParameterizedTest(name = "{0}.schema.json#{1}")
    @MethodSource("objectTypes")
    void schemaPropertiesEqualTheReadersFields(String name, String pointer, Set<String> fields) throws IOException {
        JsonNode object = tree(FOLDER.resolve(name + ".schema.json")).at(pointer);
        Set<String> properties = new HashSet<>();
        object.path("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(properties).isEqualTo(fields);
        assertThat(object.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest(name = "{0}.schema.json is valid draft 2020-12 with $id …/{0}/v1")
    @CsvSource({"scim-mapping", "identity-map"})
    void schemaIsValidAgainstTheMetaSchema(String name) throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        String text = Files.readString(FOLDER.resolve(name + ".schema.json"));

        assertThat(meta.validate(text, InputFormat.JSON)).isEmpty();
        assertThat(tree(FOLDER.resolve(name + ".schema.json")).path("$id").asText())
                .isEqualTo("https://countersign.io/schemas/" + name + "/v1");
    }

    @ParameterizedTest(name = "{1} matches {0}.schema.json")
    @CsvSource({"scim-mapping, scim-mapping.yaml", "identity-map, identity-map.yaml"})
    void publishedExampleMatchesItsSchema(String name, String example) throws IOException {
        assertThat(schema(name).validate(tree(FOLDER.resolve("examples").resolve(example))))
                .isEmpty();
    }

    @Test
    void enumsEqualTheMappingsAttributesAndTheIdentityKinds() throws IOException {
        JsonNode values = tree(FOLDER.resolve("scim-mapping.schema.json")).at("/$defs/userAttribute/enum");

        assertThat(texts(values))
                .containsExactlyElementsOf(Arrays.stream(ScimMapping.UserAttribute.values())
                        .map(ScimMapping.UserAttribute::attribute)
                        .toList());
        assertThat(texts(tree(FOLDER.resolve("scim-mapping.schema.json")).at("/$defs/kindRule/properties/kind/enum")))
                .containsExactlyElementsOf(Arrays.stream(IdentityKind.values())
                        .map(IdentityKind::code)
                        .toList());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
