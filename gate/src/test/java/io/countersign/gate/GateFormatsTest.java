package io.countersign.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.read.FormatException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateFormatsTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void trustAnchorsSurviveWritingAndReading() throws Exception {
        SignedApprovals approvals = new SignedApprovals();
        approvals.key("u-alice");
        TrustAnchors written = approvals.trust();

        TrustAnchors read = TrustAnchors.read("trust.json", written.toJson());

        assertThat(read.keys()).hasSize(1);
        assertThat(read.keys().getFirst().keyId())
                .isEqualTo(approvals.key("u-alice").keyId());
        assertThat(read.keys().getFirst().owner()).isEqualTo("u-alice");
    }

    @Test
    void approvalBundleSurvivesWritingAndReading() throws Exception {
        SignedApprovals approvals = new SignedApprovals();
        ApprovalBundle written = new ApprovalBundle(
                approvals.draft.draft().id(),
                1,
                approvals.draft.digest(),
                1,
                Instant.parse("2026-02-01T00:00:00Z"),
                List.of(approvals.approve("u-alice")),
                approvals.trust().keys());

        ApprovalBundle read = ApprovalBundle.read("approval.json", written.toJson());

        assertThat(read.envelopes()).containsExactlyElementsOf(written.envelopes());
        assertThat(read.toJson()).isEqualTo(written.toJson());
    }

    @Test
    void refusesATrustFileWhoseKeyIdIsNotItsKey() throws Exception {
        SignedApprovals approvals = new SignedApprovals();
        approvals.key("u-alice");
        String json = new String(approvals.trust().toJson(), StandardCharsets.UTF_8);
        String keyId = approvals.key("u-alice").keyId().toString();
        String forged = json.replace(keyId, "sha256:" + "0".repeat(64));

        assertThatThrownBy(() -> TrustAnchors.read("trust.json", utf8(forged)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("trust.json")
                .hasMessageContaining("/keys/0/keyId")
                .hasMessageContaining("is not the SHA-256 of the public key");
    }

    @Test
    void refusesATrustFileWithNoKeys() {
        assertThatThrownBy(
                        () -> TrustAnchors.read(
                                "trust.json",
                                utf8(
                                        "{\"format\":\"countersign.trust/v1\",\"issuedAt\":\"2026-01-01T00:00:00Z\",\"keys\":[]}")))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("no keys");
    }

    @Test
    void refusesAnotherFormatNamingWhereItSaysSo() {
        assertThatThrownBy(() ->
                        ApprovalBundle.read("approval.json", utf8("{\n  \"format\": \"countersign.trust/v1\"\n}")))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("approval.json:2:")
                .hasMessageContaining("/format");
    }

    @Test
    void refusesDuplicateKeysInABundle() {
        assertThatThrownBy(() -> ApprovalBundle.read(
                        "approval.json",
                        utf8("{\"format\":\"countersign.approval/v1\",\"format\":\"countersign.approval/v1\"}")))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("duplicate key");
    }
}
