package io.countersign.services.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.decision.DecisionInput;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.DsseSignature;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Outcome;
import io.countersign.model.store.ChainEntryKind;
import io.countersign.model.store.EntrySummary;
import io.countersign.persistence.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile administrator edits the store behind Countersign's back (dropping the append-only
 * triggers first); verify-store must name the first record that no longer holds.
 */
class StoreTamperTest {

    @TempDir
    Path dir;

    @BeforeEach
    void recordThreeDecisions() throws Exception {
        try (Workspace workspace = open()) {
            ReviewFixture fixture = new ReviewFixture(workspace);
            SigningKey kim = fixture.keyFor("u-kim");
            DecisionService service =
                    new DecisionService(workspace, Clock.fixed(ReviewFixture.NOW, ZoneOffset.UTC), "test", false);
            for (String id : List.of("d-1", "d-2", "d-3")) {
                ReviewFixture.Stored draft = fixture.importDraft(
                        ReviewFixture.draftJson(id, 1, "u-cy", "erp.report-read", "2026-12-01T00:00:00Z")
                                .replace(
                                        "\"add\": [{\"entitlement\": \"erp.report-read\"",
                                        "\"remove\": [{\"entitlement\": \"erp.report-read\""));
                service.record(
                        fixture.material(draft),
                        "u-kim",
                        new DecisionInput(id, 1, Outcome.APPROVE, List.of(), null, null, Set.of(), null),
                        kim);
            }
        }
    }

    private Workspace open() {
        return Workspace.open(dir, Clock.fixed(ReviewFixture.NOW, ZoneOffset.UTC));
    }

    /** Runs SQL as the store's owner with the append-only triggers removed, as an attacker with file access could. */
    private void tamper(String... sql) throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store"), "", "");
                Statement statement = admin.createStatement()) {
            for (String table : List.of("blob", "evidence_entry", "signing_key")) {
                statement.execute("DROP TRIGGER IF EXISTS trg_" + table + "_append_only");
            }
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String line : sql) {
                statement.execute(line);
            }
        }
    }

    private StoreVerification verify() {
        try (Workspace workspace = open()) {
            return new StoreVerifier(workspace).verify();
        }
    }

    private byte[] envelope(long seq) throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store"), "", "");
                PreparedStatement query = admin.prepareStatement("SELECT envelope FROM evidence_entry WHERE seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    @Test
    void untouchedStoreVerifies() {
        StoreVerification verification = verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).hasSize(3);
    }

    @Test
    void editedEnvelopeIsNamed() throws Exception {
        String edited = new String(envelope(2), StandardCharsets.UTF_8).replace("\"payload\":\"", "\"payload\":\"ey");
        tamper("UPDATE evidence_entry SET envelope = X'" + hex(edited.getBytes(StandardCharsets.UTF_8))
                + "' WHERE seq = 2");

        assertThat(verify().firstBroken()).hasValueSatisfying(v -> {
            assertThat(v.seq()).isEqualTo(2);
            assertThat(v.reason())
                    .isIn(
                            EntryReason.ENTRY_HASH_MISMATCH,
                            EntryReason.ENVELOPE_MALFORMED,
                            EntryReason.SIGNATURE_INVALID);
        });
    }

    @Test
    void envelopeAndHashColumnRewrittenTogetherStillFailsTheSignature() throws Exception {
        String original = new String(envelope(2), StandardCharsets.UTF_8);
        DsseEnvelope parsed = DsseEnvelope.parse(envelope(2));
        String payload = new String(parsed.payload(), StandardCharsets.UTF_8)
                .replace("\"outcome\":\"approve\"", "\"outcome\":\"reject\"");
        DsseEnvelope forged =
                new DsseEnvelope(parsed.payloadType(), payload.getBytes(StandardCharsets.UTF_8), parsed.signature());
        byte[] bytes = forged.toCanonicalJson();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isNotEqualTo(original);
        tamper("UPDATE evidence_entry SET envelope = X'" + hex(bytes) + "', entry_hash = '"
                + Digest.sha256(bytes).hex() + "' WHERE seq = 2");

        assertThat(verify().firstBroken()).hasValueSatisfying(v -> {
            assertThat(v.seq()).isEqualTo(2);
            assertThat(v.reason()).isEqualTo(EntryReason.SIGNATURE_INVALID);
        });
    }

    @Test
    void deletedRecordIsNamed() throws Exception {
        tamper("DELETE FROM evidence_entry WHERE seq = 2");

        assertThat(verify().firstBroken()).hasValueSatisfying(v -> {
            assertThat(v.seq()).isEqualTo(3);
            assertThat(v.reason()).isEqualTo(EntryReason.CHAIN_GAP);
        });
    }

    @Test
    void deletedAndRenumberedRecordIsNamed() throws Exception {
        tamper("DELETE FROM evidence_entry WHERE seq = 2", "UPDATE evidence_entry SET seq = 2 WHERE seq = 3");

        assertThat(verify().firstBroken()).hasValueSatisfying(v -> {
            assertThat(v.seq()).isEqualTo(2);
            assertThat(v.reason()).isIn(EntryReason.SEQ_MISMATCH, EntryReason.PREV_HASH_MISMATCH);
        });
    }

    @Test
    void reorderedRecordsAreNamed() throws Exception {
        tamper(
                "UPDATE evidence_entry SET seq = 99 WHERE seq = 2",
                "UPDATE evidence_entry SET seq = 2 WHERE seq = 3",
                "UPDATE evidence_entry SET seq = 3 WHERE seq = 99");

        assertThat(verify().firstBroken())
                .hasValueSatisfying(v -> assertThat(v.seq()).isEqualTo(2));
    }

    @Test
    void insertedForgedRecordIsNamed() throws Exception {
        SigningKey attacker = SigningKey.generate();
        DsseEnvelope forged = Dsse.sign(
                "application/vnd.in-toto+json", DsseEnvelope.parse(envelope(3)).payload(), attacker);
        byte[] bytes = forged.toCanonicalJson();
        String last = Digest.sha256(envelope(3)).hex();
        tamper(
                "INSERT INTO evidence_entry (seq, kind, envelope, entry_hash, prev_entry_hash, recorded_at) VALUES (4, 'decision', X'"
                        + hex(bytes) + "', '" + Digest.sha256(bytes).hex() + "', '" + last + "', CURRENT_TIMESTAMP)");

        assertThat(verify().firstBroken()).hasValueSatisfying(v -> {
            assertThat(v.seq()).isEqualTo(4);
            assertThat(v.reason()).isEqualTo(EntryReason.KEY_UNKNOWN);
        });
    }

    @Test
    void swappedPublicKeyIsNamed() throws Exception {
        byte[] other = SigningKey.generate().verificationKey().toSpkiDer();
        tamper("UPDATE signing_key SET public_key = X'" + hex(other) + "'");

        assertThat(verify().firstBroken()).hasValueSatisfying(v -> {
            assertThat(v.seq()).isEqualTo(1);
            assertThat(v.reason()).isEqualTo(EntryReason.KEY_UNKNOWN);
        });
    }

    @Test
    void keyReassignedToAnotherOwnerIsNamed() throws Exception {
        tamper("UPDATE signing_key SET owner_id = 'u-lee'");

        assertThat(verify().firstBroken())
                .hasValueSatisfying(v -> assertThat(v.reason()).isEqualTo(EntryReason.KEY_NOT_SIGNERS));
    }

    @Test
    void editedReviewedBlobIsNamed() throws Exception {
        tamper(
                "UPDATE blob SET content = X'"
                        + hex("{\"format\":\"countersign.draft/v1\"}".getBytes(StandardCharsets.UTF_8))
                        + "' WHERE media_type = 'draft' AND digest = (SELECT MIN(digest) FROM blob WHERE media_type = 'draft')");

        StoreVerification verification = verify();
        assertThat(verification.firstBroken())
                .hasValueSatisfying(v -> assertThat(v.reason()).isEqualTo(EntryReason.SUBJECT_DIGEST_MISMATCH));
    }

    /**
     * A record signed with the approver's real, registered key over a payload a strict reader must
     * refuse: the signature is valid, the bytes are not evidence.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"duplicate-key", "lone-surrogate", "not-canonical"})
    void validlySignedButMalformedPayloadIsNamed(String defect) throws Exception {
        SigningKey kim = SigningKey.generate();
        String statement = new String(DsseEnvelope.parse(envelope(3)).payload(), StandardCharsets.UTF_8)
                .replace("\"seq\":3", "\"seq\":4")
                .replace(
                        "\"prevEntryHash\":\"sha256:" + prevHashOf(3) + "\"",
                        "\"prevEntryHash\":\"sha256:"
                                + Digest.sha256(envelope(3)).hex() + "\"");
        String payload = switch (defect) {
            case "duplicate-key" ->
                statement.replace("\"outcome\":\"approve\"", "\"outcome\":\"approve\",\"outcome\":\"reject\"");
            case "lone-surrogate" -> statement.replace("\"justification\":null", "\"justification\":\"\\ud800\"");
            default -> statement.replace("{\"_type\"", "{ \"_type\"");
        };
        assertThat(payload).isNotEqualTo(statement);
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        byte[] signature = kim.sign(Dsse.pae("application/vnd.in-toto+json", body));
        byte[] bytes = new DsseEnvelope(
                        "application/vnd.in-toto+json",
                        body,
                        new DsseSignature(kim.keyId().toString(), signature))
                .toCanonicalJson();
        try (Workspace workspace = open()) {
            workspace
                    .signingKeys()
                    .register("u-kim", "Kim", kim.verificationKey().toSpkiDer(), Instant.parse("2026-01-01T00:00:00Z"));
            workspace
                    .evidenceChain()
                    .append(ChainEntryKind.DECISION, bytes, Digest.sha256(bytes).hex(), EntrySummary.NONE);
        }

        assertThat(verify().firstBroken()).hasValueSatisfying(v -> {
            assertThat(v.seq()).isEqualTo(4);
            assertThat(v.reason()).isIn(EntryReason.SIGNATURE_INVALID, EntryReason.STATEMENT_INVALID);
            assertThat(v.detail()).isNotBlank();
        });
    }

    private String prevHashOf(long seq) throws Exception {
        return Digest.sha256(envelope(seq - 1)).hex();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
