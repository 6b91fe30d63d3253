package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.services.sample.SampleCasebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance journey through the command line only: two approvers' keys, the sample casebook
 * imported, decisions recorded (a refused self-approval and a step-up among them), a pack exported
 * and verified, and tampering with the store caught by verify-store.
 */
class EvidenceJourneyTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private String ws;
    private String priya;
    private String henrik;

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @BeforeEach
    void twoApproversAndTheSampleDrafts() throws IOException {
        ws = dir.resolve("ws").toString();
        priya = Files.writeString(dir.resolve("priya.pass"), "priya's long passphrase\n")
                .toString();
        henrik = Files.writeString(dir.resolve("henrik.pass"), "henrik's long passphrase\n")
                .toString();
        assertThat(run(
                        "keys",
                        "init",
                        "--workspace",
                        ws,
                        "--id",
                        "priya.raman",
                        "--name",
                        "Priya Raman",
                        "--passphrase-file",
                        priya))
                .isZero();
        assertThat(run(
                        "keys",
                        "init",
                        "--workspace",
                        ws,
                        "--id",
                        "henrik.dahl",
                        "--name",
                        "Henrik Dahl",
                        "--passphrase-file",
                        henrik))
                .isZero();
        assertThat(run("import", "--workspace", ws, SampleCasebook.copyTo(dir).toString()))
                .as(err())
                .isZero();
    }

    private int decide(String approver, String pass, String... rest) {
        List<String> args = new ArrayList<>(
                List.of("decide", "--workspace", ws, "--approver", approver, "--passphrase-file", pass));
        args.addAll(List.of(rest));
        return run(args.toArray(String[]::new));
    }

    @Test
    void decideExportVerifyAndCatchTampering() throws Exception {
        assertThat(decide("priya.raman", priya, "DR-4105", "--outcome", "approve"))
                .as(err())
                .isZero();
        assertThat(out()).contains("seq 1", "DR-4105 is now approved");

        assertThat(decide("priya.raman", priya, "DR-4101", "--outcome", "approve"))
                .isEqualTo(2);
        assertThat(err()).contains("not recorded", "the requester").doesNotContain("Exception");

        String[] stepUp = {
            "DR-4115",
            "--outcome",
            "approve",
            "--acknowledge",
            "SOD-CONFLICT,GOV-STALE-BASIS",
            "--justification",
            "Covering the vendor desk for two weeks",
            "--mitigation",
            "mc.vendor-callback"
        };
        assertThat(decide("priya.raman", priya, stepUp)).as(err()).isZero();
        assertThat(out()).contains("1 of 2 approvals");
        assertThat(decide("priya.raman", priya, stepUp)).isEqualTo(2);
        assertThat(err()).contains("already approved this revision");
        assertThat(decide("henrik.dahl", henrik, stepUp)).as(err()).isZero();
        assertThat(out()).contains("DR-4115 is now approved");

        assertThat(run("decisions", "--workspace", ws, "--format", "json")).isZero();
        JsonNode decisions = new ObjectMapper().readTree(out()).get("decisions");
        assertThat(decisions).hasSize(3);

        Path pack = dir.resolve("pack.zip");
        assertThat(run(
                        "export",
                        "--workspace",
                        ws,
                        "--exporter",
                        "henrik.dahl",
                        "--passphrase-file",
                        henrik,
                        "--out",
                        pack.toString()))
                .as(err())
                .isZero();
        assertThat(run("verify", pack.toString())).as(out()).isZero();
        assertThat(run("verify-store", "--workspace", ws)).isZero();
        assertThat(out()).contains("intact: 4 records");

        try (Connection admin = DriverManager.getConnection(
                        "jdbc:h2:file:" + Path.of(ws).resolve("store"), "", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP TRIGGER trg_evidence_entry_append_only");
            sql.execute("UPDATE evidence_entry SET envelope = X'7b7d' WHERE seq = 2");
        }
        assertThat(run("verify-store", "--workspace", ws)).isEqualTo(1);
        assertThat(out()).contains("BROKEN at record seq 2");
    }
}
