package io.countersign.benchmarks.pack;

import io.countersign.benchmarks.decision.DecisionBench;
import io.countersign.benchmarks.report.Folders;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.model.evidence.SigningKey;
import io.countersign.persistence.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * S6 and S7's evidence: a workspace holding {@code decisions} signed, durable decisions recorded
 * through the real decision service on the generated workload, plus a registered exporter. Built
 * once into {@code dir} (the caller keys the folder by size and seed) and reused while its
 * {@code complete} marker names the same decision count; recording 10,000 takes minutes.
 */
public final class PackFixture {
    public static final String EXPORTER = "u-bench-exporter";
    /** After every decision ({@code DecisionBench} decides at 2026-11-21T10:00Z) and the exporter key's start. */
    public static final Instant EXPORTED_AT = Instant.parse("2026-11-22T08:00:00Z");

    private static final Instant KEY_FROM = Instant.parse("2026-01-01T00:00:00Z");

    private final Path workspace;
    private final SigningKey exporterKey;
    private final int decisions;

    private PackFixture(Path workspace, SigningKey exporterKey, int decisions) {
        this.workspace = workspace;
        this.exporterKey = exporterKey;
        this.decisions = decisions;
    }

    /** The cached fixture in {@code dir}, or a new one recorded there first. */
    public static PackFixture prepare(Path dir, Workload workload, int decisions) throws Exception {
        Path marker = dir.resolve("complete");
        Path keyFile = dir.resolve("exporter.pk8");
        String expected = decisions + " decisions\n";
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected)) {
            compact(dir);
            return new PackFixture(
                    dir.resolve("workspace"), SigningKey.fromPkcs8Der(Files.readAllBytes(keyFile)), decisions);
        }
        Folders.delete(dir);
        Files.createDirectories(dir);
        try (DecisionBench bench = new DecisionBench(dir.resolve("workspace"), workload, decisions)) {
            bench.record(0, decisions);
        }
        SigningKey exporter = SigningKey.generate(new SecureRandom());
        try (Workspace open = Workspace.open(dir.resolve("workspace"))) {
            open.signingKeys()
                    .register(
                            EXPORTER,
                            "Bench Exporter",
                            exporter.verificationKey().toSpkiDer(),
                            KEY_FROM);
        }
        Files.write(keyFile, exporter.toPkcs8Der());
        Files.writeString(marker, expected, StandardCharsets.UTF_8);
        compact(dir);
        return new PackFixture(dir.resolve("workspace"), exporter, decisions);
    }

    /**
     * Rewrites the closed store without its dead chunks ({@code SHUTDOWN COMPACT}): recording each
     * decision durably leaves H2's file several gigabytes large, and every S6 round copies it. The
     * rows are the same; only the file's free space goes.
     */
    private static void compact(Path dir) throws SQLException, IOException {
        Path done = dir.resolve("compacted");
        if (Files.exists(done)) {
            return;
        }
        String url = "jdbc:h2:file:"
                + dir.resolve("workspace").resolve(Workspace.STORE_NAME).toAbsolutePath() + ";TRACE_LEVEL_FILE=0";
        try (Connection admin = DriverManager.getConnection(url, "", "");
                Statement shutdown = admin.createStatement()) {
            shutdown.execute("SHUTDOWN COMPACT");
        }
        Files.writeString(done, "SHUTDOWN COMPACT\n", StandardCharsets.UTF_8);
    }

    /** The workspace folder; open a copy of it, never the original, so every export starts from the same store. */
    public Path workspace() {
        return workspace;
    }

    public SigningKey exporterKey() {
        return exporterKey;
    }

    public int decisions() {
        return decisions;
    }

    /** Copies the (closed) workspace folder to {@code target}, which must not exist. */
    public void copyTo(Path target) throws IOException {
        try (Stream<Path> all = Files.walk(workspace)) {
            for (Path source : all.sorted().toList()) {
                Files.copy(source, target.resolve(workspace.relativize(source).toString()));
            }
        }
    }
}
