package io.countersign.app.history;

import io.countersign.model.decision.DecisionInput;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Outcome;
import io.countersign.persistence.Workspace;
import io.countersign.services.evidence.DecisionService;
import io.countersign.services.evidence.ReviewMaterial;
import io.countersign.services.intake.Importer;
import io.countersign.services.keys.ApproverKeystore;
import io.countersign.services.queue.QueueService;
import io.countersign.services.sample.SampleCasebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A real evidence workspace for the History and Export tests and screenshots: the sample casebook
 * imported, two approvers' keys (few PBKDF2 iterations), and six decisions recorded through
 * {@link DecisionService} on 20 and 21 November 2026, a step-up among them.
 */
public final class SampleEvidence implements AutoCloseable {
    public static final String PRIYA = "priya.raman";
    public static final String HENRIK = "henrik.dahl";
    public static final String PRIYA_PASSPHRASE = "priya's long passphrase";
    public static final String HENRIK_PASSPHRASE = "henrik's long passphrase";
    /** When packs are exported in tests: the demo queue's "now". */
    public static final Instant EXPORT_TIME = Instant.parse("2026-11-22T09:30:00Z");

    public static final int DECISIONS = 6;
    private static final int TEST_ITERATIONS = 1_000;

    private final Workspace workspace;
    private final ApproverKeystore keystore;
    private final Path exportFolder;

    private SampleEvidence(Workspace workspace, ApproverKeystore keystore, Path exportFolder) {
        this.workspace = workspace;
        this.keystore = keystore;
        this.exportFolder = exportFolder;
    }

    private static Path template;

    /**
     * Puts the recorded workspace in {@code dir}/ws, closed. It is recorded once per test run and
     * copied after that: keys, import and six signed decisions take a few seconds.
     */
    public static Path record(Path dir) throws Exception {
        Path ws = dir.resolve("ws");
        copy(template(), ws);
        return ws;
    }

    private static synchronized Path template() throws Exception {
        if (template == null) {
            Path parent = Files.createTempDirectory("countersign-sample-evidence");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(parent)));
            template = recordInto(parent.resolve("ws"));
        }
        return template;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static Path recordInto(Path ws) throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2026-11-18T08:00:00Z"));
        try (Workspace workspace = Workspace.open(ws, clock)) {
            ApproverKeystore keystore = new ApproverKeystore(workspace, clock, TEST_ITERATIONS);
            keystore.init(PRIYA, "Priya Raman", PRIYA_PASSPHRASE.toCharArray());
            keystore.init(HENRIK, "Henrik Dahl", HENRIK_PASSPHRASE.toCharArray());
            new Importer(workspace).importFile(SampleCasebook.path());
            DecisionService service = new DecisionService(workspace, clock, "0.1.0", false);
            Decider decide = new Decider(workspace, service, keystore, clock);
            decide.at("2026-11-20T09:12:00Z", 4, PRIYA, "DR-4105", Outcome.APPROVE, null, Set.of(), null);
            decide.at(
                    "2026-11-20T10:05:00Z",
                    6,
                    PRIYA,
                    "DR-4114",
                    Outcome.REJECT,
                    "A payment gateway must never release payments on its own; release stays with two treasury officers.",
                    Set.of(),
                    null);
            String sod = "Lena covers the vendor desk for two weeks; the daily vendor call-back control is in place.";
            decide.at(
                    "2026-11-20T14:05:00Z",
                    9,
                    PRIYA,
                    "DR-4115",
                    Outcome.APPROVE,
                    sod,
                    Set.of("SOD-CONFLICT", "GOV-STALE-BASIS"),
                    "mc.vendor-callback");
            decide.at(
                    "2026-11-21T09:30:00Z",
                    7,
                    HENRIK,
                    "DR-4115",
                    Outcome.APPROVE,
                    sod,
                    Set.of("SOD-CONFLICT", "GOV-STALE-BASIS"),
                    "mc.vendor-callback");
            decide.at(
                    "2026-11-21T11:02:00Z",
                    5,
                    HENRIK,
                    "DR-4113",
                    Outcome.REQUEST_CHANGES,
                    "Ask for the read-only aging dashboard role instead, with an end date.",
                    Set.of(),
                    null);
            decide.at(
                    "2026-11-21T15:20:00Z",
                    3,
                    HENRIK,
                    "DR-4119",
                    Outcome.REJECT,
                    "Journal approval for Yuki conflicts with journal entry; the controller's delegate covers month-end.",
                    Set.of(),
                    null);
        }
        return ws;
    }

    /** Opens a recorded workspace for the screens; packs are proposed in {@code dir}/packs. */
    public static SampleEvidence open(Path ws) throws Exception {
        Workspace workspace = Workspace.open(ws, Clock.fixed(EXPORT_TIME, ZoneOffset.UTC));
        Path packs = Files.createDirectories(ws.resolveSibling("packs"));
        return new SampleEvidence(
                workspace, new ApproverKeystore(workspace, workspace.clock(), TEST_ITERATIONS), packs);
    }

    /** Edits record {@code seq}'s envelope as an attacker with the store file would: triggers dropped, bytes replaced. */
    public static void tamper(Path ws, long seq) throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:h2:file:" + ws.resolve("store"), "", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP TRIGGER trg_evidence_entry_append_only");
            sql.execute("UPDATE evidence_entry SET envelope = X'7b7d' WHERE seq = " + seq);
        }
    }

    public EvidenceAccess access() {
        return new WorkspaceEvidence(workspace, keystore, "countersign test", exportFolder);
    }

    public Path exportFolder() {
        return exportFolder;
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        workspace.close();
    }

    private record Decider(
            Workspace workspace, DecisionService service, ApproverKeystore keystore, SettableClock clock) {
        void at(
                String when,
                int minutesOnTask,
                String approver,
                String draft,
                Outcome outcome,
                String justification,
                Set<String> acknowledged,
                String mitigation) {
            Instant decided = Instant.parse(when);
            clock.set(decided);
            ReviewMaterial material = new QueueService(workspace).material(draft, null, service.verifiedDecisions());
            DecisionInput input = new DecisionInput(
                    draft,
                    material.draft().revision(),
                    outcome,
                    List.of(),
                    justification,
                    mitigation,
                    acknowledged,
                    decided.minus(Duration.ofMinutes(minutesOnTask)));
            String passphrase = approver.equals(PRIYA) ? PRIYA_PASSPHRASE : HENRIK_PASSPHRASE;
            SigningKey key = keystore.unlock(approver, passphrase.toCharArray());
            service.record(material, approver, input, key);
        }
    }

    /** A clock the fixture moves to each decision's time. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant next) {
            now = next;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
