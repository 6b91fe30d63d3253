package io.countersign.model.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.CanonicalJsonException;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceTreeReader;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two strict readers of hostile input refuse the same documents under the same rule, each
 * saying where in its own terms; Jackson, set to be strict, is a second opinion on the rules it checks.
 */
class StrictReadersShareRefusalsTest {

    /** The rules Jackson can be told to check; it decodes lone surrogates and reads any integer or 1e400. */
    private static final Set<RefusalRule> JACKSON_CHECKS = EnumSet.of(
            RefusalRule.MALFORMED, RefusalRule.DUPLICATE_KEY, RefusalRule.TRAILING_CONTENT, RefusalRule.TOO_DEEP);

    private static final ObjectMapper STRICT_JACKSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(RefusalRule.MAX_DEPTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static Stream<RefusedDocument> refused() {
        return RefusedDocument.all();
    }

    static Stream<RefusedDocument> refusedUnderRulesJacksonChecks() {
        return RefusedDocument.all().filter(document -> JACKSON_CHECKS.contains(document.rule()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void theEvidenceReaderRefusesItNamingTheRuleAndTheByte(RefusedDocument document) {
        CanonicalJsonException refusal =
                catchThrowableOfType(CanonicalJsonException.class, () -> CanonicalJson.parse(document.bytes()));

        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.rule()).as(refusal.getMessage()).contains(document.rule());
        assertThat(refusal.byteOffset()).as(refusal.getMessage()).isEqualTo(document.byteOffset());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void theInputReaderRefusesItNamingTheRuleAndTheLineColumnAndPointer(RefusedDocument document) {
        FormatException refusal = catchThrowableOfType(
                FormatException.class,
                () -> SourceTreeReader.read("in.json", document.bytes(), SourceTreeReader.Syntax.JSON));

        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.rule()).as(refusal.getMessage()).contains(document.rule());
        assertThat(refusal.position().describe()).as(refusal.getMessage()).isEqualTo(document.at());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUnderRulesJacksonChecks")
    void strictJacksonAlsoRefusesIt(RefusedDocument document) {
        assertThatThrownBy(() -> STRICT_JACKSON.readTree(document.bytes())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void strictJacksonAndBothReadersAcceptNestingAtTheLimit() throws Exception {
        byte[] deepest = ("[".repeat(RefusalRule.MAX_DEPTH) + "]".repeat(RefusalRule.MAX_DEPTH)).getBytes(UTF_8);

        assertThat(STRICT_JACKSON.readTree(deepest).isArray()).isTrue();
        assertThat(CanonicalJson.parse(deepest).isArray()).isTrue();
        assertThat(SourceTreeReader.read("in.json", deepest, SourceTreeReader.Syntax.JSON)
                        .items())
                .hasSize(1);
    }

    @Test
    void everyRuleHasARefusedDocument() {
        Set<RefusalRule> covered =
                RefusedDocument.all().map(RefusedDocument::rule).collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrder(RefusalRule.values());
    }
}
