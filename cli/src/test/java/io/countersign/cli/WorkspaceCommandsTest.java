package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.persistence.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keys, import and queue end to end through the command line: exit codes, JSON, one-line errors. */
class WorkspaceCommandsTest {

    private static final Path EXAMPLES =
            Path.of("").toAbsolutePath().getParent().resolve("docs/formats/examples");

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

    private Path workspace() {
        return dir.resolve("ws");
    }

    private Path passphraseFile(String passphrase) throws IOException {
        return Files.writeString(dir.resolve("pass-" + passphrase.hashCode() + ".txt"), passphrase + "\nignored\n");
    }

    private Path example(String name) throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        return Files.copy(EXAMPLES.resolve(name), files.resolve(name));
    }

    @Test
    void keysInitListAndRotate() throws IOException {
        Path pass = passphraseFile("correct horse battery");
        String ws = workspace().toString();

        assertThat(run(
                        "keys",
                        "init",
                        "--workspace",
                        ws,
                        "--id",
                        "u-lee",
                        "--name",
                        "Lee Park",
                        "--passphrase-file",
                        pass.toString()))
                .isZero();
        assertThat(out()).startsWith("created key sha256:").contains("u-lee (Lee Park)");

        assertThat(run(
                        "keys",
                        "rotate",
                        "--workspace",
                        ws,
                        "--id",
                        "u-lee",
                        "--passphrase-file",
                        pass.toString(),
                        "--format",
                        "json"))
                .isZero();
        String current = json().get("keyId").asText();
        String retired = json().get("replaces").asText();

        assertThat(run("keys", "list", "--workspace", ws, "--format", "json")).isZero();
        JsonNode keys = json().get("keys");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).get("keyId").asText()).isEqualTo(retired);
        assertThat(keys.get(0).get("current").asBoolean()).isFalse();
        assertThat(keys.get(0).get("validTo").asText())
                .isEqualTo(keys.get(1).get("validFrom").asText());
        assertThat(keys.get(1).get("keyId").asText()).isEqualTo(current);
        assertThat(keys.get(1).get("validTo").isNull()).isTrue();
        assertThat(Path.of(keys.get(1).get("keystore").asText())).exists();
    }

    @Test
    void keysRotateWithAWrongPassphraseExitsTwoWithOneLine() throws IOException {
        String ws = workspace().toString();
        run(
                "keys",
                "init",
                "--workspace",
                ws,
                "--id",
                "u-lee",
                "--name",
                "Lee Park",
                "--passphrase-file",
                passphraseFile("correct horse battery").toString());

        int code = run(
                "keys",
                "rotate",
                "--workspace",
                ws,
                "--id",
                "u-lee",
                "--passphrase-file",
                passphraseFile("wrong horse battery").toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err())
                .isEqualTo("countersign: wrong passphrase for approver u-lee's key; nothing was signed or written"
                        + System.lineSeparator());
    }

    @Test
    void keysInitRefusesAShortPassphrase() throws IOException {
        int code = run(
                "keys",
                "init",
                "--workspace",
                workspace().toString(),
                "--id",
                "u-lee",
                "--name",
                "Lee",
                "--passphrase-file",
                passphraseFile("short").toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err()).contains("at least 12 characters").doesNotContain("Exception");
    }

    @Test
    void keysInitWithoutConsoleOrFileAsksForAPassphraseFile() {
        int code = run("keys", "init", "--workspace", workspace().toString(), "--id", "u-lee", "--name", "Lee");

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err().strip()).isEqualTo("countersign: no passphrase: use --passphrase-file in scripts");
    }

    @Test
    void importReportsEachFileAndExitsTwoWhenOneIsRejected() throws IOException {
        Path draft = example("draft.json");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"countersign.draft/v1\", \"id\": 3}");
        String ws = workspace().toString();

        int code = run(
                "import", "--workspace", ws, "--format", "json", draft.toString(), bad.toString(), draft.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode results = json().get("results");
        assertThat(results.get(0).get("status").asText()).isEqualTo("imported");
        assertThat(results.get(0).get("kind").asText()).isEqualTo("draft");
        assertThat(results.get(0).get("digest").asText()).startsWith("sha256:");
        assertThat(results.get(1).get("status").asText()).isEqualTo("rejected");
        assertThat(results.get(1).get("reason").asText()).contains("bad.json");
        assertThat(results.get(2).get("status").asText()).isEqualTo("already-imported");
    }

    @Test
    void importInTextSaysWhatHappenedPerFile() throws IOException {
        Path snapshot = example("snapshot.json");

        assertThat(run("import", "--workspace", workspace().toString(), snapshot.toString()))
                .isZero();
        assertThat(out()).startsWith(snapshot + ": imported snapshot snap-2026-02-02; it is now the current snapshot");
    }

    @Test
    void queueListsPendingDraftsWithRiskFromTheCurrentSnapshotAndPolicy() throws IOException {
        String ws = workspace().toString();
        assertThat(run(
                        "import",
                        "--workspace",
                        ws,
                        example("snapshot.json").toString(),
                        example("policy.yaml").toString(),
                        example("draft.json").toString()))
                .isZero();

        assertThat(run("queue", "--workspace", ws, "--format", "json")).isZero();

        JsonNode root = json();
        assertThat(root.get("snapshot").asText()).isEqualTo("snap-2026-02-02");
        assertThat(root.get("policy").asText()).isEqualTo("pol-harbor-pine");
        JsonNode first = root.get("drafts").get(0);
        assertThat(first.get("id").asText()).isEqualTo("d-2026-0142");
        assertThat(first.get("revision").asInt()).isEqualTo(1);
        assertThat(first.get("kind").asText()).isEqualTo("access-change");
        assertThat(first.get("affectedIdentities").get(0).asText()).isEqualTo("u-jmartin");
        assertThat(first.get("risk").asText()).isIn("low", "medium", "high", "critical");
        assertThat(first.get("highestSeverity").isTextual()).isTrue();

        assertThat(run("queue", "--workspace", ws)).isZero();
        assertThat(out()).startsWith("d-2026-0142 r1  access-change  ");
    }

    @Test
    void queueSweepsTheInboxOnOpen() throws IOException {
        Files.createDirectories(workspace().resolve("inbox"));
        Files.copy(EXAMPLES.resolve("draft.json"), workspace().resolve("inbox").resolve("draft.json"));
        Files.writeString(workspace().resolve("inbox").resolve("junk.json"), "not json");

        assertThat(run("queue", "--workspace", workspace().toString(), "--format", "json"))
                .isZero();

        assertThat(json().get("drafts").get(0).get("id").asText()).isEqualTo("d-2026-0142");
        assertThat(json().get("drafts").get(0).get("risk").isNull()).isTrue();
        assertThat(err())
                .contains("inbox: draft.json: imported draft d-2026-0142 revision 1")
                .contains("inbox: rejected junk.json (moved to inbox/rejected/)");
        assertThat(workspace().resolve("inbox/rejected/junk.json.reason.txt")).exists();
    }

    @Test
    void aSecondProcessGetsTheOneLineBusyMessage() throws Exception {
        try (Workspace held = Workspace.open(workspace())) {
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElseThrow(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-XX:TieredStopAtLevel=1",
                    Main.class.getName(),
                    "queue",
                    "--workspace",
                    held.directory().toString()));
            Process child = new ProcessBuilder(command).start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(child.exitValue()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(stderr)
                    .isEqualTo("countersign: workspace " + held.directory()
                            + " is in use by another Countersign process" + System.lineSeparator());
        }
    }
}
