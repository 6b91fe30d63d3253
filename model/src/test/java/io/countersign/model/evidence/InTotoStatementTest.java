package io.countersign.model.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class InTotoStatementTest {

    private static final Digest DRAFT = Digest.sha256("draft r3".getBytes(UTF_8));
    private static final Digest SNAPSHOT = Digest.sha256("snapshot".getBytes(UTF_8));

    private static InTotoStatement statement() {
        ObjectNode predicate =
                JsonNodeFactory.instance.objectNode().put("outcome", "approve").put("seq", 7);
        return new InTotoStatement(
                List.of(new StatementSubject("draft", DRAFT), new StatementSubject("snapshot", SNAPSHOT)),
                InTotoStatement.DECISION_PREDICATE_TYPE,
                predicate);
    }

    private static String json(InTotoStatement statement) {
        return new String(statement.toCanonicalJson(), UTF_8);
    }

    @Test
    void writesCanonicalStatementV1() {
        assertThat(json(statement()))
                .isEqualTo("{\"_type\":\"https://in-toto.io/Statement/v1\","
                        + "\"predicate\":{\"outcome\":\"approve\",\"seq\":7},"
                        + "\"predicateType\":\"https://countersign.io/decision/v1\","
                        + "\"subject\":[{\"digest\":{\"sha256\":\"" + DRAFT.hex() + "\"},\"name\":\"draft\"},"
                        + "{\"digest\":{\"sha256\":\"" + SNAPSHOT.hex() + "\"},\"name\":\"snapshot\"}]}");
    }

    @Test
    void parsesItsOwnCanonicalBytes() {
        InTotoStatement parsed = InTotoStatement.parse(statement().toCanonicalJson());
        assertThat(parsed.subjects()).isEqualTo(statement().subjects());
        assertThat(parsed.predicateType()).isEqualTo(InTotoStatement.DECISION_PREDICATE_TYPE);
        assertThat(parsed.predicate().get("seq").asLong()).isEqualTo(7);
        assertThat(parsed.toCanonicalJson()).isEqualTo(statement().toCanonicalJson());
    }

    @Test
    void signsAndVerifiesAsDssePayload() {
        SigningKey key = SigningKey.generate();
        DsseEnvelope envelope =
                Dsse.sign(InTotoStatement.PAYLOAD_TYPE, statement().toCanonicalJson(), key);
        assertThat(Dsse.verify(envelope, key.verificationKey()).isValid()).isTrue();
    }

    @Test
    void refusesNonCanonicalStatementBytes() {
        String loose = json(statement()).replace("{\"_type\"", "{ \"_type\"");
        assertThatThrownBy(() -> InTotoStatement.parse(loose.getBytes(UTF_8)))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("canonical");
    }

    @Test
    void refusesUnknownStatementField() {
        String extra = json(statement()).replace("\"subject\":", "\"sneaky\":1,\"subject\":");
        assertThatThrownBy(() -> InTotoStatement.parse(extra.getBytes(UTF_8)))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("sneaky");
    }

    @Test
    void refusesOtherStatementType() {
        String v01 = json(statement()).replace("Statement/v1", "Statement/v0.1");
        assertThatThrownBy(() -> InTotoStatement.parse(v01.getBytes(UTF_8)))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("_type");
    }

    @Test
    void refusesSubjectDigestOtherThanSha256() {
        String sha512 = json(statement()).replaceFirst("\"sha256\"", "\"sha512\"");
        assertThatThrownBy(() -> InTotoStatement.parse(sha512.getBytes(UTF_8)))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("/subject/0/digest");
    }

    @Test
    void refusesStatementWithoutSubjects() {
        ObjectNode predicate = JsonNodeFactory.instance.objectNode();
        assertThatThrownBy(() -> new InTotoStatement(List.of(), InTotoStatement.DECISION_PREDICATE_TYPE, predicate))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesPredicateThatCannotBeCanonical() {
        ObjectNode predicate = JsonNodeFactory.instance.objectNode().put("n", Double.POSITIVE_INFINITY);
        List<StatementSubject> subjects = List.of(new StatementSubject("draft", DRAFT));
        assertThatThrownBy(() -> new InTotoStatement(subjects, InTotoStatement.DECISION_PREDICATE_TYPE, predicate))
                .isInstanceOf(CanonicalJsonException.class);
    }

    @Test
    void isNotChangedByEditingThePredicateAfterwards() {
        ObjectNode predicate = JsonNodeFactory.instance.objectNode().put("outcome", "approve");
        InTotoStatement statement = new InTotoStatement(
                List.of(new StatementSubject("draft", DRAFT)), InTotoStatement.DECISION_PREDICATE_TYPE, predicate);
        predicate.put("outcome", "reject");
        statement.predicate().put("outcome", "reject");
        assertThat(statement.predicate().get("outcome").asText()).isEqualTo("approve");
    }
}
