package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From where identity data lives to what a reviewer sees: convert the published SCIM and AWS
 * exports, merge them, import the result and analyse a draft against it.
 */
class SnapshotCommandsTest {

    private static final Path EXAMPLES =
            Path.of("").toAbsolutePath().getParent().resolve("docs/formats/examples");
    private static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
    private static final String CI_DEPLOYER = "arn:aws:iam::111122223333:user/automation/ci-deployer";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    private JsonNode json() throws IOException {
        return cli.json();
    }

    private Path directory() {
        Path file = dir.resolve("directory.json");
        assertThat(run(
                        "snapshot",
                        "from-scim",
                        EXAMPLES.resolve("scim").toString(),
                        "--system",
                        "directory",
                        "--mapping",
                        EXAMPLES.resolve("scim-mapping.yaml").toString(),
                        "--taken-at",
                        "2026-12-01T06:00:00Z",
                        "--out",
                        file.toString()))
                .as(err())
                .isZero();
        return file;
    }

    private Path account() {
        Path file = dir.resolve("aws.json");
        assertThat(run(
                        "snapshot",
                        "from-aws",
                        EXAMPLES.resolve("aws/authorization-details.json").toString(),
                        "--credential-report",
                        EXAMPLES.resolve("aws/credential-report.csv").toString(),
                        "--system",
                        "aws-111122223333",
                        "--system-owner",
                        "dpatel@harborpine.example",
                        "--taken-at",
                        "2026-12-01T06:05:00Z",
                        "--out",
                        file.toString()))
                .as(err())
                .isZero();
        return file;
    }

    private Path merged() {
        Path directory = directory();
        Path account = account();
        Path file = dir.resolve("merged.json");
        assertThat(run(
                        "snapshot",
                        "merge",
                        directory.toString(),
                        account.toString(),
                        "--identities",
                        EXAMPLES.resolve("identity-map.yaml").toString(),
                        "--id",
                        "snap-hp-2026-12-01",
                        "--out",
                        file.toString()))
                .as(err())
                .isZero();
        return file;
    }

    private Path policy() throws IOException {
        return Files.writeString(dir.resolve("policy.yaml"), """
                format: countersign.policy/v1
                id: pol-hp-cloud
                version: "2026.4"
                sod:
                  - id: SOD-PAY-CLOUD
                    name: Approve payments and administer the cloud account
                    severity: critical
                    left: {label: approve payments, anyOf: ["directory:group/Payment Approvers"]}
                    right:
                      label: administer the AWS account
                      anyOf: ["arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/IAMFullAccess"]
                leastPrivilege:
                  wildcardPatterns: ["*", "s3:*", "iam:*"]
                """);
    }

    private Path draft() throws IOException {
        return Files.writeString(dir.resolve("draft.json"), """
                {"format": "countersign.draft/v1", "id": "d-cloud-7", "revision": 1, "kind": "access-change",
                 "title": "Admin on the AWS account for the month-end close", "createdAt": "2026-12-01T09:00:00Z",
                 "drafter": {"agent": "access-assistant", "model": "m-1"},
                 "initiatedBy": "dpatel@harborpine.example", "requester": "dpatel@harborpine.example",
                 "requestedFor": ["rokafor@harborpine.example", "%s"],
                 "request": {"text": "Ruth needs to see the billing console; the batch needs approval rights"},
                 "recommendation": "approve",
                 "changes": [
                   {"identity": "rokafor@harborpine.example", "add": [{"entitlement": "%s"}]},
                   {"identity": "%s", "add": [{"entitlement": "directory:group/Payment Approvers"}]}]}
                """.formatted(CI_DEPLOYER, ADMIN, CI_DEPLOYER));
    }

    private static List<JsonNode> findings(JsonNode analysis) {
        return analysis.path("drafts").get(0).path("findings").findParents("rule");
    }

    private static Stream<JsonNode> rule(List<JsonNode> findings, String rule) {
        return findings.stream().filter(f -> f.path("rule").asText().equals(rule));
    }

    @Test
    void fromScimWritesTheDirectoryAndReportsWhatItHolds() throws IOException {
        Path file = dir.resolve("directory.json");

        int code = run(
                "snapshot",
                "from-scim",
                EXAMPLES.resolve("scim").toString(),
                "--system",
                "directory",
                "--mapping",
                EXAMPLES.resolve("scim-mapping.yaml").toString(),
                "--id",
                "dir-1",
                "--out",
                file.toString(),
                "--format",
                "json");

        assertThat(code).isZero();
        JsonNode report = json();
        assertThat(report.path("id").asText()).isEqualTo("dir-1");
        assertThat(report.path("identities").asInt()).isEqualTo(5);
        assertThat(report.path("entitlements").asInt()).isEqualTo(3);
        assertThat(report.path("digest").asText()).startsWith("sha256:");
        assertThat(Files.readString(file)).startsWith("{\n  \"format\": \"countersign.snapshot/v1\"");
    }

    @Test
    void convertedAndMergedSnapshotImportsAndTheQueueAnalysesTheDraftAgainstIt() throws IOException {
        Path snapshot = merged();
        String ws = dir.resolve("ws").toString();

        assertThat(run("import", "--workspace", ws, snapshot.toString(), policy().toString(), draft().toString()))
                .as(out())
                .isZero();
        assertThat(out()).contains("imported snapshot snap-hp-2026-12-01; it is now the current snapshot");

        assertThat(run("queue", "--workspace", ws, "--format", "json")).isZero();
        JsonNode queued = json();
        assertThat(queued.path("snapshot").asText()).isEqualTo("snap-hp-2026-12-01");
        assertThat(queued.path("drafts").get(0).path("highestSeverity").asText())
                .isEqualTo("critical");
    }

    @Test
    void reviewerSeesWildcardScopeEscalationPathAndTheSodConflictAcrossDirectoryAndCloud() throws IOException {
        Path snapshot = merged();

        assertThat(run(
                        "analyze",
                        "--snapshot",
                        snapshot.toString(),
                        "--policy",
                        policy().toString(),
                        "--format",
                        "json",
                        draft().toString()))
                .as(err())
                .isZero();

        List<JsonNode> findings = findings(json());
        assertThat(rule(findings, "LP-WILDCARD-SCOPE"))
                .anySatisfy(f -> assertThat(f.toString()).contains(ADMIN, "rokafor@harborpine.example"));
        assertThat(rule(findings, "LP-ESCALATION-PATH"))
                .anySatisfy(f -> assertThat(f.toString()).contains(ADMIN));
        assertThat(rule(findings, "SOD-CONFLICT")).singleElement().satisfies(f -> {
            assertThat(f.path("status").asText()).isEqualTo("new");
            assertThat(f.path("severity").asText()).isEqualTo("critical");
            assertThat(f.path("entitlements").toString()).contains("directory:group/Payment Approvers", ADMIN);
        });
        assertThat(rule(findings, "LP-NHI-HUMAN-ONLY"))
                .anySatisfy(f -> assertThat(f.toString()).contains(CI_DEPLOYER, "Payment Approvers"));
        assertThat(rule(findings, "LP-PRIVILEGED-DURATION")).isNotEmpty();
    }

    @Test
    void badExportIsRefusedInOneLineAndTheOldSnapshotStays() throws IOException {
        Path target = Files.writeString(dir.resolve("directory.json"), "the previous snapshot");
        Path bad = Files.writeString(dir.resolve("users.json"), """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "id": "1", "userName": "a", "active": "yes"}
                """);

        int code = run("snapshot", "from-scim", bad.toString(), "--system", "directory", "--out", target.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err().lines())
                .singleElement()
                .asString()
                .startsWith("countersign: " + bad + ":2:")
                .contains("at /active", "expected true or false");
        assertThat(Files.readString(target)).isEqualTo("the previous snapshot");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("directory.json", "users.json");
        }
    }

    @Test
    void mergeConflictIsRefusedNamingBothFilesAndNothingIsWritten() throws IOException {
        Path directory = directory();
        Path account = account();
        Path map = Files.writeString(dir.resolve("map.yaml"), """
                format: countersign.identity-map/v1
                identities:
                  - id: svc-payments-batch
                    sameAs: ["arn:aws:iam::111122223333:role/OrganizationAccountAccessRole"]
                """);
        Path target = dir.resolve("merged.json");

        int code = run(
                "snapshot",
                "merge",
                directory.toString(),
                account.toString(),
                "--identities",
                map.toString(),
                "--out",
                target.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err().lines())
                .singleElement()
                .asString()
                .contains(account + ":", "/kind", "\"workload\" here but \"service-account\" in " + directory);
        assertThat(target).doesNotExist();
    }

    @Test
    void snapshotWithoutASubcommandIsAUsageError() {
        assertThat(run("snapshot")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err()).contains("from-scim, from-aws or merge");
    }
}
