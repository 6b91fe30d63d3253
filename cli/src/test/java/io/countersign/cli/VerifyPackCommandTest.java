package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.evidence.StatementSubject;
import io.countersign.model.pack.ChainLine;
import io.countersign.model.pack.DecisionFacts;
import io.countersign.model.pack.PackBuilder;
import io.countersign.model.pack.PackKey;
import io.countersign.model.pack.PackSelection;
import io.countersign.model.pack.PackedDecision;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyPackCommandTest {

    @TempDir
    Path dir;

    Path pack;

    @BeforeEach
    void onePack() throws Exception {
        SigningKey approver = SigningKey.generate();
        SigningKey exporter = SigningKey.generate();
        byte[] draft = CanonicalJson.canonicalize("{\"id\":\"d-1\"}".getBytes(StandardCharsets.UTF_8));
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("seq", 1)
                .put("prevEntryHash", Digest.ZERO.toString())
                .put("outcome", "approve")
                .put("decidedAt", "2026-02-01T10:00:00Z");
        p.putObject("draft").put("id", "d-1").put("revision", 1);
        p.putObject("approver")
                .put("id", "u-lee")
                .put("name", "Lee")
                .put("keyId", approver.keyId().toString());
        InTotoStatement statement = new InTotoStatement(
                List.of(new StatementSubject("draft/d-1/r1", Digest.sha256(draft))),
                InTotoStatement.DECISION_PREDICATE_TYPE,
                p);
        byte[] envelope = Dsse.sign(InTotoStatement.PAYLOAD_TYPE, statement.toCanonicalJson(), approver)
                .toCanonicalJson();
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        byte[] zip = PackBuilder.build(
                        new PackBuilder.Contents(
                                PackSelection.ALL,
                                Instant.parse("2026-03-01T00:00:00Z"),
                                "u-audit",
                                "Ava",
                                "test",
                                List.of(new ChainLine(1, "decision", Digest.sha256(envelope), Digest.ZERO)),
                                List.of(new PackedDecision(envelope, DecisionFacts.of(statement), Set.of())),
                                Map.of(Digest.sha256(draft).hex(), draft),
                                List.of(
                                        new PackBuilder.ShippedKey(
                                                new PackKey(approver.keyId(), "u-lee", "Lee", from, null),
                                                approver.verificationKey()),
                                        new PackBuilder.ShippedKey(
                                                new PackKey(exporter.keyId(), "u-audit", "Ava", from, null),
                                                exporter.verificationKey()))),
                        exporter)
                .zip();
        pack = Files.write(dir.resolve("pack.zip"), zip);
    }

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CountersignCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aValidPackExitsZeroWithAVerdictPerRecord() {
        Run run = run("verify", pack.toString());

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("seq 1      ENTRY_OK  d-1 r1 by u-lee").contains("VALID: 1 decisions verified");
    }

    @Test
    void aTruncatedPackExitsOneNamingTheReason() throws Exception {
        byte[] zip = Files.readAllBytes(pack);
        Files.write(pack, Arrays.copyOf(zip, zip.length - 30));

        Run run = run("verify", pack.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("TRUNCATED").contains("INVALID");
    }

    @Test
    void jsonOutputCarriesTheReasonCodes() throws Exception {
        Run run = run("verify", pack.toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("valid").booleanValue()).isTrue();
        assertThat(json.at("/records/0/reasons/0").textValue()).isEqualTo("ENTRY_OK");
        assertThat(json.at("/exporter/id").textValue()).isEqualTo("u-audit");
    }

    @Test
    void anUnreadablePackExitsTwoWithOneLine() {
        Run run = run("verify", dir.resolve("missing.zip").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("countersign: cannot read").doesNotContain("\n");
    }
}
