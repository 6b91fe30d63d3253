package io.countersign.model.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.evidence.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The streamed reading of a decision's blobs gives the same systems as the tree walk an auditor can redo. */
class DecisionSystemsTest {

    private static final String SNAPSHOT = "{\"entitlements\":[{\"id\":\"erp.pay\",\"system\":\"erp\"},"
            + "{\"id\":\"crm.export\",\"system\":\"crm\"},{\"id\":\"hr.view\",\"system\":\"hr\"},"
            + "{\"id\":\"it.admin\",\"system\":\"it\"}],\"roles\":[{\"id\":\"r-sales\",\"entitlements\":[\"crm.export\"]}]}";
    private static final String DRAFT = "{\"changes\":[{\"identity\":\"u-1\",\"add\":[{\"role\":\"r-sales\"}],"
            + "\"remove\":[{\"entitlement\":\"erp.pay\"}]}],\"request\":{\"entitlements\":[\"nope\"]}}";

    static Stream<Arguments> findings() {
        return Stream.of(
                Arguments.of("[]", Set.of("crm", "erp")),
                Arguments.of("[{\"entitlements\":[\"hr.view\",\"unknown\"],\"text\":\"x\"}]", Set.of("crm", "erp", "hr")),
                Arguments.of("[{\"detail\":{\"entitlements\":[\"hr.view\"]},\"entitlements\":[]}]", Set.of("crm", "erp")),
                Arguments.of("[{\"entitlements\":[[\"hr.view\"],{\"a\":\"it.admin\"},1,null,\"it.admin\"]}]", Set.of("crm", "erp", "it")),
                Arguments.of("[{\"entitlements\":{\"a\":\"hr.view\",\"b\":[\"it.admin\"]}}]", Set.of("crm", "erp", "hr")),
                Arguments.of("[[{\"entitlements\":[\"hr.view\"]}],\"it.admin\",{\"entitlements\":\"it.admin\"}]", Set.of("crm", "erp")),
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

        assertThat(catalog.systems(null, findings == null ? null : bytes(findings))).isEmpty();
    }

    private static JsonNode json(String text) {
        return CanonicalJson.parse(bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
