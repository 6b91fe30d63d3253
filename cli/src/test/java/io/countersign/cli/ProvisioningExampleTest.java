package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.services.sample.SampleCasebook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell provisioner in examples/provisioning applies a change only through the approval gate.
 * Each test decides on sample drafts with the real command line, exports the approval and the trust
 * anchors, then runs the provisioner as a platform team would, and counts what it applied.
 */
class ProvisioningExampleTest {
    private static final Path PROVISIONER =
            Path.of("").toAbsolutePath().getParent().resolve("examples/provisioning/provision.sh");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path workspace;
    private Path casebook;
    private String err;

    @BeforeEach
    void sampleWorkspace() throws Exception {
        workspace = dir.resolve("ws");
        casebook = SampleCasebook.copyTo(Files.createDirectories(dir.resolve("sample")));
        run("import", "--workspace", workspace.toString(), casebook.toString());
    }

    @Test
    void appliesADraftApprovedAsItStands() throws Exception {
        key("priya.raman");
        decide("priya.raman", "DR-4105", "--outcome", "approve");

        Provisioned result = provision(draft("DR-4105"), bundle("DR-4105"), trust(), Map.of());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.applied()).containsExactly("emma.johansson add entitlement erp.report-read");
    }

    @Test
    void acceptsADecisionPackAsTheApprovalAndRefusesATamperedOne() throws Exception {
        key("priya.raman");
        decide("priya.raman", "DR-4105", "--outcome", "approve");
        decide("priya.raman", "DR-4114", "--outcome", "reject", "--justification", "payments need two people");
        Path pack = dir.resolve("pack.zip");
        run(
                "export",
                "--workspace",
                workspace.toString(),
                "--exporter",
                "priya.raman",
                "--passphrase-file",
                passphrase("priya.raman").toString(),
                "--out",
                pack.toString());

        Provisioned fromPack = provision(draft("DR-4105"), pack, trust(), Map.of());
        byte[] tampered = Files.readAllBytes(pack);
        tampered[tampered.length / 2] ^= 1;
        Path broken = Files.write(dir.resolve("tampered.zip"), tampered);
        Provisioned fromBrokenPack = provision(draft("DR-4105"), broken, trust(), Map.of());

        assertThat(fromPack.exit()).as(fromPack.err()).isZero();
        assertThat(fromBrokenPack.refusedWith()).containsExactly("PACK_INVALID");
        assertThat(fromBrokenPack.applied())
                .as("only the intact pack's run applied")
                .hasSize(1);
    }

    @Test
    void refusesADraftEditedAfterApproval() throws Exception {
        key("priya.raman");
        decide("priya.raman", "DR-4105", "--outcome", "approve");
        Path edited = edit(draft("DR-4105"), draft -> draft.put("title", "Grant erp.report-read and a little more"));

        Provisioned result = provision(edited, bundle("DR-4105"), trust(), Map.of());

        assertThat(result.refusedWith()).contains("DRAFT_CHANGED");
        assertThat(result.applied()).isEmpty();
    }

    @Test
    void refusesOnePersonApprovingTwice() throws Exception {
        key("priya.raman");
        approveVendorCover("priya.raman");
        Path bundle = bundle("DR-4115");
        ObjectNode twice = (ObjectNode) JSON.readTree(bundle.toFile());
        ArrayNode decisions = (ArrayNode) twice.get("decisions");
        decisions.add(decisions.get(0).deepCopy());
        Files.writeString(bundle, JSON.writeValueAsString(twice));

        Provisioned result = provision(draft("DR-4115"), bundle, trust(), Map.of());

        assertThat(result.refusedWith()).containsExactly("QUORUM_NOT_MET");
        assertThat(result.applied()).isEmpty();
    }

    @Test
    void refusesAKeyOutsideTheTrustAnchors() throws Exception {
        key("priya.raman");
        Path pinnedBefore = trust();
        key("fatima.zahra");
        decide("fatima.zahra", "DR-4102", "--outcome", "approve");

        Provisioned result = provision(draft("DR-4102"), bundle("DR-4102"), pinnedBefore, Map.of());

        assertThat(result.refusedWith()).contains("UNTRUSTED_KEY");
        assertThat(result.applied()).isEmpty();
    }

    @Test
    void refusesALineItemThatHasExpired() throws Exception {
        key("fatima.zahra");
        decide("fatima.zahra", "DR-4102", "--outcome", "approve");
        Path draft = draft("DR-4102");
        Path bundle = bundle("DR-4102");
        Path trust = trust();

        assertThat(provision(draft, bundle, trust, Map.of()).exit())
                .as("before the expiry")
                .isZero();
        Provisioned afterExpiry = provision(draft, bundle, trust, Map.of("GATE_AT", "2027-02-15T00:00:00Z"));

        assertThat(afterExpiry.refusedWith()).containsExactly("LINE_ITEM_EXPIRED");
        assertThat(Files.readString(dir.resolve("applied.log")))
                .as("applied with the expiry the gate returned")
                .contains("arjun.mehta add entitlement aws.prod.rds-read\t2027-01-31T23:59:59Z");
        assertThat(afterExpiry.applied())
                .as("only the run before the expiry applied")
                .hasSize(1);
    }

    @Test
    void refusesARevisionSupersededByALaterOne() throws Exception {
        key("priya.raman");
        decide("priya.raman", "DR-4105", "--outcome", "approve");
        Path revision1 = draft("DR-4105");
        Path revision2 = edit(revision1, draft -> draft.put("revision", 2).put("title", "Grant erp.report-read (r2)"));
        run("import", "--workspace", workspace.toString(), revision2.toString());
        decide("priya.raman", "DR-4105", "--outcome", "request-changes", "--justification", "say until when");

        Provisioned result = provision(revision1, bundle("DR-4105"), trust(), Map.of());

        assertThat(result.refusedWith()).contains("SUPERSEDED");
        assertThat(result.applied()).isEmpty();
    }

    @Test
    void refusesToExportTheApprovalOfARevisionALaterOneSuperseded() throws Exception {
        key("priya.raman");
        decide("priya.raman", "DR-4105", "--outcome", "approve");
        Path revision2 = edit(draft("DR-4105"), draft -> draft.put("revision", 2));
        run("import", "--workspace", workspace.toString(), revision2.toString());
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int exit = CountersignCommand.run(
                new String[] {
                    "export",
                    "--workspace",
                    workspace.toString(),
                    "--draft",
                    "DR-4105",
                    "--revision",
                    "1",
                    "--out",
                    dir.resolve("r1.json").toString()
                },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("superseded by revision 2");
        assertThat(dir.resolve("r1.json")).doesNotExist();
        Provisioned undecidedLater = provision(draft("DR-4105"), bundle("DR-4105"), trust(), Map.of());
        assertThat(undecidedLater.refusedWith())
                .as("r2 undecided still supersedes r1")
                .contains("SUPERSEDED");
    }

    @Test
    void refusesAnApprovalStitchedFromTwoDrafts() throws Exception {
        key("priya.raman");
        key("fatima.zahra");
        decide("fatima.zahra", "DR-4102", "--outcome", "approve");
        approveVendorCover("priya.raman");
        ObjectNode stitched = (ObjectNode) JSON.readTree(bundle("DR-4115").toFile());
        JsonNode other =
                JSON.readTree(bundle("DR-4102").toFile()).get("decisions").get(0);
        ((ArrayNode) stitched.get("decisions")).add(other);
        Path bundle = Files.writeString(dir.resolve("stitched.json"), JSON.writeValueAsString(stitched));

        Provisioned result = provision(draft("DR-4115"), bundle, trust(), Map.of());

        assertThat(result.refusedWith()).contains("OTHER_DRAFT");
        assertThat(result.applied()).isEmpty();
    }

    @Test
    void refusesWhenTheGateCannotReadItsInput() throws Exception {
        key("priya.raman");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": ");

        Provisioned result = provision(broken, broken, trust(), Map.of());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.refusedWith()).containsExactly("DRAFT_UNREADABLE");
        assertThat(result.applied()).isEmpty();
    }

    // --- the command line, in this JVM -------------------------------------------------------------

    private void key(String approver) throws IOException {
        run(
                "keys",
                "init",
                "--workspace",
                workspace.toString(),
                "--id",
                approver,
                "--name",
                approver,
                "--passphrase-file",
                passphrase(approver).toString());
    }

    private void decide(String approver, String draft, String... rest) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "decide",
                "--workspace",
                workspace.toString(),
                "--approver",
                approver,
                "--passphrase-file",
                passphrase(approver).toString(),
                draft));
        args.addAll(List.of(rest));
        run(args.toArray(String[]::new));
    }

    /** DR-4115 needs two approvers and an accepted SoD conflict under the vendor call-back control. */
    private void approveVendorCover(String approver) throws IOException {
        decide(
                approver,
                "DR-4115",
                "--outcome",
                "approve",
                "--acknowledge",
                "SOD-CONFLICT,GOV-STALE-BASIS",
                "--justification",
                "Lena covers the vendor desk for two weeks",
                "--mitigation",
                "mc.vendor-callback");
    }

    private Path bundle(String draft) {
        Path out = dir.resolve(draft + "-" + System.nanoTime() + ".approval.json");
        run("export", "--workspace", workspace.toString(), "--draft", draft, "--out", out.toString());
        return out;
    }

    private Path trust() {
        Path out = dir.resolve("trust-" + System.nanoTime() + ".json");
        run("trust", "export", "--workspace", workspace.toString(), "--out", out.toString());
        return out;
    }

    private Path passphrase(String approver) throws IOException {
        Path file = dir.resolve(approver + ".pass");
        if (!Files.exists(file)) {
            Files.writeString(file, approver + "'s long passphrase\n");
        }
        return file;
    }

    private void run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = CountersignCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        err = errors.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(String.join(" ", args) + ": " + err).isZero();
    }

    // --- drafts as the provisioner receives them -----------------------------------------------------

    private Path draft(String id) throws IOException {
        for (JsonNode c : JSON.readTree(casebook.toFile()).get("cases")) {
            if (c.get("draft").get("id").asText().equals(id)) {
                return Files.writeString(
                        dir.resolve(id + ".json"),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(c.get("draft")));
            }
        }
        throw new AssertionError(id + " is not in the sample casebook");
    }

    private Path edit(Path draft, Consumer<ObjectNode> change) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(draft.toFile());
        change.accept(node);
        return Files.writeString(dir.resolve("edited-" + System.nanoTime() + ".json"), JSON.writeValueAsString(node));
    }

    // --- the provisioner, as a separate process ------------------------------------------------------

    private record Provisioned(int exit, String err, List<String> refusedWith, List<String> applied) {}

    private Provisioned provision(Path draft, Path approval, Path trust, Map<String, String> env) throws Exception {
        Path ledger = dir.resolve("applied.log");
        ProcessBuilder builder = new ProcessBuilder(
                "sh", PROVISIONER.toString(), draft.toString(), approval.toString(), trust.toString());
        builder.environment().put("COUNTERSIGN", countersignCommand().toString());
        builder.environment().put("LEDGER", ledger.toString());
        builder.environment().putAll(env);
        builder.directory(dir.toFile());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path stderr = dir.resolve("provision.err");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the provisioner finishes")
                .isTrue();
        String errors = Files.readString(stderr);
        List<String> codes = errors.lines()
                .filter(line -> line.matches("  [A-Z_]+"))
                .map(String::strip)
                .toList();
        List<String> applied = Files.exists(ledger)
                ? Files.readAllLines(ledger).stream()
                        .map(line -> line.split("\t")[2])
                        .toList()
                : List.of();
        return new Provisioned(process.exitValue(), errors, codes, applied);
    }

    /** This module's command line as a program: the test JVM's java and class path. */
    private Path countersignCommand() throws IOException {
        Path script = dir.resolve("countersign-cli");
        if (!Files.exists(script)) {
            String java = ProcessHandle.current().info().command().orElse("java");
            Files.writeString(
                    script,
                    "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
                            + Main.class.getName() + " \"$@\"\n");
            script.toFile().setExecutable(true);
        }
        return script;
    }
}
