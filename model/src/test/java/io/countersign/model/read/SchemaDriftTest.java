package io.countersign.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Coded;
import io.countersign.model.format.ConditionType;
import io.countersign.model.format.Difficulty;
import io.countersign.model.format.DraftKind;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.JustificationCase;
import io.countersign.model.format.Outcome;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Sensitivity;
import io.countersign.model.format.Severity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schemas and the readers must name the same fields and codes, or one of them has drifted. */
class SchemaDriftTest {

    static Stream<Arguments> objectTypes() {
        return Stream.of(
                arguments("snapshot", "", Fields.SNAPSHOT),
                arguments("snapshot", "/$defs/identity", Fields.IDENTITY),
                arguments("snapshot", "/$defs/system", Fields.SYSTEM),
                arguments("snapshot", "/$defs/entitlement", Fields.ENTITLEMENT),
                arguments("snapshot", "/$defs/role", Fields.ROLE),
                arguments("snapshot", "/$defs/assignment", Fields.ASSIGNMENT),
                arguments("snapshot", "/$defs/workflow", Fields.WORKFLOW),
                arguments("snapshot", "/$defs/step", Fields.STEP),
                arguments("snapshot", "/$defs/condition", Fields.CONDITION),
                arguments("policy", "", Fields.POLICY),
                arguments("policy", "/$defs/sodRule", Fields.SOD_RULE),
                arguments("policy", "/$defs/sodSide", Fields.SOD_SIDE),
                arguments("policy", "/$defs/control", Fields.CONTROL),
                arguments("policy", "/$defs/leastPrivilege", Fields.LEAST_PRIVILEGE),
                arguments("policy", "/$defs/approval", Fields.APPROVAL),
                arguments("policy", "/$defs/stepUpTier", Fields.STEP_UP),
                arguments("policy", "/$defs/domain", Fields.DOMAIN),
                arguments("policy", "/$defs/assistant", Fields.ASSISTANT),
                arguments("draft", "", Fields.DRAFT),
                arguments("draft", "/$defs/drafter", Fields.DRAFTER),
                arguments("draft", "/$defs/request", Fields.REQUEST),
                arguments("draft", "/$defs/basis", Fields.BASIS),
                arguments("draft", "/$defs/believedAccess", Fields.BELIEVED),
                arguments("draft", "/$defs/change", Fields.CHANGE),
                arguments("draft", "/$defs/newIdentity", Fields.NEW_IDENTITY),
                arguments("draft", "/$defs/grant", Fields.GRANT),
                arguments("draft", "/$defs/exception", Fields.EXCEPTION),
                arguments("draft", "/$defs/credential", Fields.CREDENTIAL),
                arguments("draft", "/$defs/changeWindow", Fields.WINDOW),
                arguments("casebook", "", Fields.CASEBOOK),
                arguments("casebook", "/$defs/case", Fields.CASE),
                arguments("casebook", "/$defs/expected", Fields.EXPECTED));
    }

    @ParameterizedTest(name = "{0}.schema.json#{1}")
    @MethodSource("objectTypes")
    void schemaPropertiesEqualTheReadersFields(String format, String pointer, Set<String> fields) {
        JsonNode object = schemaAt(format, pointer);

        assertThat(propertyNames(object)).isEqualTo(fields);
        assertThat(object.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(object.path("patternProperties").has("^x-")).isTrue();
        fields.forEach(name -> assertThat(
                        object.path("properties").path(name).path("description").asText())
                .as("description of %s", name)
                .isNotBlank());
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                arguments("snapshot", "/$defs/identity/properties/kind", IdentityKind.class),
                arguments("snapshot", "/$defs/entitlement/properties/sensitivity", Sensitivity.class),
                arguments("snapshot", "/$defs/condition/properties/type", ConditionType.class),
                arguments("policy", "/$defs/sodRule/properties/severity", Severity.class),
                arguments("policy", "/$defs/stepUpTier/properties/atOrAbove", RiskTier.class),
                arguments(
                        "policy", "/$defs/approval/properties/justificationRequiredFor/items", JustificationCase.class),
                arguments("draft", "/properties/kind", DraftKind.class),
                arguments("draft", "/properties/recommendation", Outcome.class),
                arguments("draft", "/properties/riskTier", RiskTier.class),
                arguments("draft", "/$defs/newIdentity/properties/kind", IdentityKind.class),
                arguments("casebook", "/$defs/case/properties/difficulty", Difficulty.class),
                arguments("casebook", "/$defs/expected/properties/outcome", Outcome.class));
    }

    @ParameterizedTest(name = "{0}.schema.json#{1}")
    @MethodSource("enums")
    <E extends Enum<E> & Coded> void schemaEnumEqualsTheCodes(String format, String pointer, Class<E> type) {
        List<String> codes =
                Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();

        assertThat(texts(schemaAt(format, pointer).path("enum"))).containsExactlyElementsOf(codes);
    }

    @Test
    void mustNoticeEnumEqualsTheRuleCatalog() {
        JsonNode items = schemaAt("casebook", "/$defs/expected/properties/mustNotice/items");

        assertThat(texts(items.path("enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(RuleId.values()).map(RuleId::code).toList());
    }

    private static JsonNode schemaAt(String format, String pointer) {
        JsonNode node = FormatDocs.tree(FormatDocs.schemaFile(format)).at(pointer);
        assertThat(node.isMissingNode()).as("%s exists in %s", pointer, format).isFalse();
        return node;
    }

    private static Set<String> propertyNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
