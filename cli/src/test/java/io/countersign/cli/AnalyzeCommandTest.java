package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command end to end: exit codes, JSON shape, one-line errors. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CountersignCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path snapshot() throws IOException {
        return write("snapshot.json", """
                {"format": "countersign.snapshot/v1", "id": "snap-1", "takenAt": "2026-11-20T00:00:00Z",
                 "identities": [
                   {"id": "u-ana", "name": "Ana Ruiz", "kind": "human", "orgUnit": "finance"},
                   {"id": "u-ben", "name": "Ben Okafor", "kind": "human", "orgUnit": "finance"}],
                 "systems": [{"id": "erp", "name": "ERP", "owner": "u-ben"}],
                 "entitlements": [
                   {"id": "erp.vendor-create", "system": "erp", "sensitivity": "high", "owner": "u-ben"},
                   {"id": "erp.payment-approve", "system": "erp", "sensitivity": "high", "owner": "u-ben"}],
                 "roles": [{"id": "r-ap", "name": "AP clerk", "entitlements": ["erp.vendor-create"]}],
                 "assignments": [{"identity": "u-ana", "role": "r-ap", "grantedAt": "2026-10-01T00:00:00Z",
                                  "lastUsedAt": "2026-11-19T00:00:00Z"}]}
                """);
    }

    private Path policy() throws IOException {
        return write("policy.yaml", """
                format: countersign.policy/v1
                id: pol-1
                version: 3
                sod:
                  - id: sod-vendor-payment
                    name: Create vendors vs approve payments
                    severity: critical
                    left: {label: create vendors, anyOf: [erp.vendor-create]}
                    right: {label: approve payments, anyOf: ["erp.payment-*"]}
                """);
    }

    private Path draft() throws IOException {
        return write("draft.json", """
                {"format": "countersign.draft/v1", "id": "d-1", "revision": 1, "kind": "access-change",
                 "title": "Let Ana approve payments", "createdAt": "2026-11-21T09:00:00Z",
                 "drafter": {"agent": "access-assistant", "model": "m-1"},
                 "initiatedBy": "u-ben", "requester": "u-ben", "requestedFor": ["u-ana"],
                 "request": {"text": "Ana covers payment approvals next week"},
                 "recommendation": "approve",
                 "changes": [{"identity": "u-ana", "add": [{"entitlement": "erp.payment-approve",
                              "expiresAt": "2026-11-28T00:00:00Z"}]}]}
                """);
    }

    @Test
    void jsonNamesTheConflictWithBothSidesAndPaths() throws IOException {
        int code = run(
                "analyze",
                "--snapshot",
                snapshot().toString(),
                "--policy",
                policy().toString(),
                "--format",
                "json",
                draft().toString());

        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode draft = root.path("drafts").get(0);
        assertThat(draft.path("draft").asText()).isEqualTo("d-1");
        JsonNode added = draft.path("identities").get(0).path("rows").findParents("change").stream()
                .filter(row -> row.path("change").asText().equals("added"))
                .findFirst()
                .orElseThrow();
        assertThat(added.path("entitlement").asText()).isEqualTo("erp.payment-approve");
        JsonNode sod = draft.path("findings").findParents("rule").stream()
                .filter(f -> f.path("rule").asText().equals("SOD-CONFLICT"))
                .findFirst()
                .orElseThrow();
        assertThat(sod.path("severity").asText()).isEqualTo("critical");
        assertThat(sod.path("status").asText()).isEqualTo("new");
        assertThat(sod.path("entitlements").toString()).contains("erp.vendor-create", "erp.payment-approve");
        assertThat(sod.path("paths").toString()).contains("via role r-ap");
        assertThat(sod.path("explanation").asText()).contains("Ana Ruiz");
    }

    @Test
    void textOutputShowsDiffAndFindings() throws IOException {
        int code = run(
                "analyze", "--snapshot", snapshot().toString(), "--policy", policy().toString(), draft().toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("+ added", "erp.payment-approve", "CRITICAL", "SOD-CONFLICT");
    }

    @Test
    void malformedDraftExitsTwoWithOneLineNamingFilePositionAndPointer() throws IOException {
        Path bad = write("bad.json", """
                {"format": "countersign.draft/v1", "id": "d-2", "id": "d-3"}
                """);

        int code = run("analyze", "--snapshot", snapshot().toString(), "--policy", policy().toString(), bad.toString());

        assertThat(code).isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message.lines()).hasSize(1);
        assertThat(message).contains(bad.toString() + ":1:", "/id", "duplicate key 'id'");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void missingRequiredOptionIsAUsageError() throws IOException {
        int code = run("analyze", "--policy", policy().toString(), draft().toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--snapshot").doesNotContain("Exception");
    }

    @Test
    void missingFileIsNamed() throws IOException {
        int code = run(
                "analyze",
                "--snapshot",
                dir.resolve("nope.json").toString(),
                "--policy",
                policy().toString(),
                draft().toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.json", "does not exist");
    }

    @Test
    void pendingDraftsRevealCumulativeConflict() throws IOException {
        Path pending = Files.createDirectories(dir.resolve("pending"));
        Files.writeString(
                pending.resolve("other.json"), Files.readString(draft()).replace("\"d-1\"", "\"d-0\""));
        Path harmless = write(
                "harmless.json",
                Files.readString(draft())
                        .replace("\"d-1\"", "\"d-9\"")
                        .replace(
                                "{\"entitlement\": \"erp.payment-approve\",",
                                "{\"entitlement\": \"erp.vendor-create\","));

        int code = run(
                "analyze",
                "--snapshot",
                snapshot().toString(),
                "--policy",
                policy().toString(),
                "--pending",
                pending.toString(),
                "--format",
                "json",
                harmless.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"cumulative\"");
    }
}
