package io.countersign.model.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.format.Draft;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streamed reading of a decision's blobs gives the same systems as the tree walk an auditor can
 * redo, and both read the draft through the strict draft reader rather than by field name.
 */
class DecisionSystemsTest {

    private static final String SNAPSHOT = "{\"entitlements\":[{\"id\":\"erp.pay\",\"system\":\"erp\"},"
            + "{\"id\":\"crm.export\",\"system\":\"crm\"},{\"id\":\"hr.view\",\"system\":\"hr\"},"
            + "{\"id\":\"it.admin\",\"system\":\"it\"}],\"roles\":[{\"id\":\"r-sales\",\"entitlements\":[\"crm.export\"]}]}";
    /** A whole draft, as the strict reader requires: a role to add, an entitlement to remove, one asked for that no snapshot has. */
    private static final String DRAFT = "{\"format\":\"countersign.draft/v1\",\"id\":\"d-1\",\"revision\":1,"
            + "\"kind\":\"access-change\",\"title\":\"t\",\"createdAt\":\"2026-02-03T08:00:00Z\","
            + "\"drafter\":{\"agent\":\"a\",\"model\":\"m\"},\"initiatedBy\":\"u-1\",\"requester\":\"u-1\","
            + "\"recommendation\":\"approve\","
            + "\"changes\":[{\"identity\":\"u-1\",\"add\":[{\"role\":\"r-sales\"}],"
            + "\"remove\":[{\"entitlement\":\"erp.pay\"}]}],\"request\":{\"text\":\"x\",\"entitlements\":[\"nope\"]}}";

    static Stream<Arguments> findings() {
        return Stream.of(
                Arguments.of("[]", Set.of("crm", "erp")),
                Arguments.of(
                        "[{\"entitlements\":[\"hr.view\",\"unknown\"],\"text\":\"x\"}]", Set.of("crm", "erp", "hr")),
                Arguments.of(
                        "[{\"detail\":{\"entitlements\":[\"hr.view\"]},\"entitlements\":[]}]", Set.of("crm", "erp")),
                Arguments.of(
                        "[{\"entitlements\":[[\"hr.view\"],{\"a\":\"it.admin\"},1,null,\"it.admin\"]}]",
                        Set.of("crm", "erp", "it")),
                Arguments.of(
                        "[{\"entitlements\":{\"a\":\"hr.view\",\"b\":[\"it.admin\"]}}]", Set.of("crm", "erp", "hr")),
                Arguments.of(
                        "[[{\"entitlements\":[\"hr.view\"]}],\"it.admin\",{\"entitlements\":\"it.admin\"}]",
                        Set.of("crm", "erp")),
                Arguments.of("{\"one\":{\"entitlements\":[\"it.admin\"]}}", Set.of("crm", "erp", "it")),
                Arguments.of("\"it.admin\"", Set.of("crm", "erp")),
                Arguments.of(null, Set.of("crm", "erp")));
    }

    @ParameterizedTest
    @MethodSource("findings")
    void streamingTheBlobsGivesTheTreeWalksSystems(String findings, Set<String> expected) {
        JsonNode snapshot = json(SNAPSHOT);
        DecisionSystems.Catalog catalog = DecisionSystems.catalog(snapshot);

        Set<String> tree = DecisionSystems.of(json(DRAFT), snapshot, findings == null ? null : json(findings));
        Set<String> streamed = catalog.systems(bytes(DRAFT), findings == null ? null : bytes(findings));

        assertThat(tree).isEqualTo(expected);
        assertThat(streamed).isEqualTo(tree);
    }

    @ParameterizedTest
    @MethodSource("findings")
    void withoutADraftNoSystem(String findings, Set<String> ignored) {
        DecisionSystems.Catalog catalog = DecisionSystems.catalog(json(SNAPSHOT));

        assertThat(catalog.systems(null, findings == null ? null : bytes(findings)))
                .isEmpty();
    }

    @Test
    void theExampleDraftTouchesTheSystemsOfItsParsedChangesAndRequest() throws Exception {
        Path examples = Path.of("..", "docs", "formats", "examples");
        Draft draft = InputFiles.draft(examples.resolve("draft.json"));
        DecisionSystems.Catalog catalog =
                DecisionSystems.catalog(CanonicalJson.parse(Files.readAllBytes(examples.resolve("snapshot.json"))));

        Set<String> fromBytes =
                catalog.systems(CanonicalJson.canonicalize(Files.readAllBytes(examples.resolve("draft.json"))), null);

        assertThat(fromBytes).isEqualTo(catalog.systems(draft, null)).containsExactly("erp");
    }

    /**
     * Drafts a walk by field name would read (the last of two {@code changes}, both targets of one
     * grant, a {@code changes} object's values) but the draft reader refuses: refused here too.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a key given twice                  | "changes":[{"identity":"u-1","add":[{"role":"r-sales"}]}],"changes"   | duplicate key 'changes'
            a grant naming entitlement and role | "changes":[{"identity":"u-1","add":[{"role":"r-sales","entitlement":"hr.view"}]}],"x-old" | names exactly one of 'entitlement' or 'role'
            changes as an object               | "changes":{"one":{"identity":"u-1","add":[{"role":"r-sales"}]}},"x-old" | an array), found an object
            """)
    void aDraftTheDraftReaderRefusesIsRefusedNotWalked(String what, String replacement, String reason) {
        String draft = DRAFT.replace("\"changes\"", replacement);
        DecisionSystems.Catalog catalog = DecisionSystems.catalog(json(SNAPSHOT));

        assertThatThrownBy(() -> catalog.systems(bytes(draft), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the decision's draft cannot be read: ")
                .hasMessageContaining(reason)
                .hasCauseInstanceOf(FormatException.class);
    }

    @Test
    void aDraftMissingARequiredFieldIsRefusedNotWalked() {
        String partial = "{\"changes\":[{\"identity\":\"u-1\",\"add\":[{\"role\":\"r-sales\"}]}]}";
        DecisionSystems.Catalog catalog = DecisionSystems.catalog(json(SNAPSHOT));

        assertThatThrownBy(() -> catalog.systems(bytes(partial), null))
                .hasMessageContaining("missing required field 'format'");
        assertThatThrownBy(() -> DecisionSystems.of(json(partial), json(SNAPSHOT), null))
                .hasMessageContaining("missing required field 'format'");
    }

    private static JsonNode json(String text) {
        return CanonicalJson.parse(bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
