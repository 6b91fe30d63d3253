package io.countersign.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import io.countersign.model.format.Casebook;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/** The examples in docs/formats are what people copy: each must load and match its schema, and both must refuse the same defects. */
class PublishedExamplesTest {

    static final List<String> FORMATS = FormatDocs.FORMATS;

    @Test
    void snapshotExampleLoads() throws FormatException {
        Snapshot snapshot = InputFiles.snapshot(FormatDocs.EXAMPLES.resolve("snapshot.json"));

        assertThat(snapshot.identities())
                .extracting(i -> i.kind().code())
                .contains("human", "service-account", "workload", "ai-agent");
        assertThat(snapshot.entitlements())
                .anyMatch(e -> e.grantsAccess())
                .anyMatch(e -> e.sensitivity().code().equals("privileged"));
        assertThat(snapshot.workflows())
                .singleElement()
                .satisfies(w -> assertThat(w.steps()).hasSize(2));
    }

    @Test
    void policyExampleLoadsFromYaml() throws FormatException {
        Policy policy = InputFiles.policy(FormatDocs.EXAMPLES.resolve("policy.yaml"));

        assertThat(policy.sod()).hasSize(2).anyMatch(rule -> rule.left().requiresAll());
        assertThat(policy.approval().domains()).isNotEmpty();
        assertThat(policy.assistant().allowedSources()).doesNotContain("*");
    }

    @Test
    void draftExampleLoads() throws FormatException {
        Draft draft = InputFiles.draft(FormatDocs.EXAMPLES.resolve("draft.json"));

        assertThat(draft.kind().code()).isEqualTo("access-change");
        assertThat(draft.affectedIdentities()).containsExactly("u-jmartin");
    }

    @Test
    void casebookExampleLoadsWithItsReferencedFiles() throws FormatException {
        Casebook casebook = InputFiles.casebook(FormatDocs.EXAMPLES.resolve("casebook.json"));

        assertThat(casebook.cases()).hasSize(2).allSatisfy(c -> {
            assertThat(c.snapshot().id()).isEqualTo("snap-2026-02-02");
            assertThat(c.policy().id()).isEqualTo("pol-harbor-pine");
        });
    }

    @ParameterizedTest(name = "{0} matches its schema")
    @CsvSource({"snapshot, snapshot.json", "policy, policy.yaml", "draft, draft.json", "casebook, casebook.json"})
    void exampleMatchesItsSchema(String format, String example) {
        var errors = FormatDocs.schema(format).validate(FormatDocs.tree(FormatDocs.EXAMPLES.resolve(example)));

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0} schema is valid draft 2020-12")
    @FieldSource("FORMATS")
    void schemaIsValidAgainstTheMetaSchema(String format) throws Exception {
        String text = Files.readString(FormatDocs.schemaFile(format));

        assertThat(FormatDocs.metaSchema().validate(text, InputFormat.JSON)).isEmpty();
        assertThat(FormatDocs.tree(FormatDocs.schemaFile(format)).path("$id").asText())
                .isEqualTo(FormatDocs.schemaId(format));
    }

    @ParameterizedTest(name = "the {0} schema and reader refuse an unknown field but allow x-")
    @CsvSource({"snapshot, snapshot.json", "draft, draft.json", "casebook, casebook.json"})
    void schemaRefusesUnknownFieldButAllowsExtensions(String format, String example, @TempDir Path folder)
            throws Exception {
        var tree = (ObjectNode) FormatDocs.tree(FormatDocs.EXAMPLES.resolve(example));
        tree.put("x-note", "fine");
        assertThat(FormatDocs.schema(format).validate(tree)).isEmpty();

        tree.put("note", "refused");
        assertThat(FormatDocs.schema(format).validate(tree)).isNotEmpty();
        assertThatThrownBy(() -> load(format, copyExamplesWith(folder, example, tree)))
                .isInstanceOf(FormatException.class);
    }

    @ParameterizedTest(name = "the {0} schema refuses {2} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
        snapshot | /takenAt                        | "yesterday"
        snapshot | /identities/0/kind              | "robot"
        snapshot | /assignments/0/entitlement      | "erp.ap.read"
        policy   | /mitigatingControls/0/validFrom | "July"
        policy   | /sod/0/left/allOf               | ["erp.ap.read"]
        draft    | /revision                       | 0
        draft    | /kind                           | "workflow-change"
        draft    | /id                             | " "
        casebook | /cases/0/expected/mustNotice/0  | "NOT-A-RULE"
        """)
    void schemaRefusesWhatTheReaderRefuses(String format, String pointer, String badValue, @TempDir Path folder)
            throws Exception {
        String example = format.equals("policy") ? "policy.yaml" : format + ".json";
        JsonNode tree = FormatDocs.tree(FormatDocs.EXAMPLES.resolve(example));
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        JsonNode value = new ObjectMapper().readTree(badValue);
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value);
        } else {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), value);
        }

        assertThat(FormatDocs.schema(format).validate(tree)).isNotEmpty();
        assertThatThrownBy(() -> load(format, copyExamplesWith(folder, example, tree)))
                .isInstanceOf(FormatException.class);
    }

    /** The converters' examples (scim/, aws/ and the two mapping files) are tested in model.convert. */
    @Test
    void examplesFolderHoldsExactlyTheTestedExamples() throws IOException {
        try (Stream<Path> files = Files.list(FormatDocs.EXAMPLES)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "snapshot.json",
                            "policy.yaml",
                            "draft.json",
                            "casebook.json",
                            "scim",
                            "aws",
                            "scim-mapping.yaml",
                            "identity-map.yaml");
        }
    }

    /** Copies every example (the casebook refers to its neighbours) and replaces one with {@code tree}. */
    private static Path copyExamplesWith(Path folder, String example, JsonNode tree) throws IOException {
        try (Stream<Path> files = Files.list(FormatDocs.EXAMPLES)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Path changed = folder.resolve(example);
        // JSON is valid YAML, so the policy can be written back as JSON too.
        Files.writeString(changed, tree.toString());
        return changed;
    }

    private static Object load(String format, Path file) throws FormatException {
        return switch (format) {
            case "snapshot" -> InputFiles.snapshot(file);
            case "policy" -> InputFiles.policy(file);
            case "draft" -> InputFiles.draft(file);
            default -> InputFiles.casebook(file);
        };
    }
}
