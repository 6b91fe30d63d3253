package io.countersign.benchmarks.harness;

import io.countersign.benchmarks.pack.PackFixture;
import io.countersign.benchmarks.pack.PackFloors;
import io.countersign.benchmarks.pack.StoredEntries;
import io.countersign.benchmarks.report.Folders;
import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.workload.Workload;
import io.countersign.benchmarks.workload.WorkloadGenerator;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.VerificationKey;
import io.countersign.model.pack.PackSelection;
import io.countersign.model.pack.PackVerification;
import io.countersign.model.pack.PackVerifier;
import io.countersign.persistence.Workspace;
import io.countersign.services.pack.PackExporter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * S6 and S7: export the fixture's decisions as one pack, then verify it, each in this JVM after
 * warm-up rounds, median of the measured rounds, with the floor measured in the same rounds on the
 * same pack. Every export starts from a fresh copy of the cached workspace (copied untimed),
 * because an export appends its own entry to the chain and so changes the next pack.
 */
final class PackScenario {
    private PackScenario() {}

    /** How many decisions the pack holds and how often each side is run; keyed off the harness mode. */
    record PackSettings(int decisions, int warmups, int repeats) {
        static PackSettings of(HarnessSettings settings) {
            return settings.name().equals("full") ? new PackSettings(10_000, 3, 5) : new PackSettings(40, 1, 2);
        }

        String describe() {
            return "S6/S7: " + decisions + " decisions, " + warmups + " warm-up + " + repeats
                    + " measured rounds, median";
        }
    }

    /** Only S6 and S7, for profiling: {@code PackScenario [--smoke] [--out DIR]}, the default seed. */
    public static void main(String[] args) throws Exception {
        HarnessSettings settings = List.of(args).contains("--smoke") ? HarnessSettings.SMOKE : HarnessSettings.FULL;
        int outAt = List.of(args).indexOf("--out");
        Path out = outAt >= 0 ? Path.of(args[outAt + 1]) : Path.of("target", "benchmarks");
        long seed = WorkloadGenerator.DEFAULT_SEED;
        Workload workload = new WorkloadGenerator(settings.size(), seed)
                .generate(out.resolve("workload-" + settings.size().name() + "-" + seed));
        for (Result result : run(workload, settings, out, seed)) {
            System.out.println(result);
        }
    }

    static List<Result> run(Workload workload, HarnessSettings harness, Path out, long seed) throws Exception {
        PackSettings settings = PackSettings.of(harness);
        Path dir = out.resolve("pack-fixture-" + harness.size().name() + "-" + seed);
        PackFixture fixture = PackFixture.prepare(dir, workload, settings.decisions());
        Path pack = dir.resolve("pack.zip");
        Result export = export(fixture, settings, out.resolve("s6-scratch"), pack);
        Result verify = verify(Files.readAllBytes(pack), settings);
        return List.of(export, verify);
    }

    private static Result export(PackFixture fixture, PackSettings settings, Path scratch, Path keep) throws Exception {
        PackFloors floor = new PackFloors();
        List<ByteBuffer> entries = null;
        Digest first = null;
        long size = 0;
        double[] values = new double[settings.repeats()];
        double[] floors = new double[settings.repeats()];
        for (int round = 0; round < settings.warmups() + settings.repeats(); round++) {
            Folders.delete(scratch);
            Files.createDirectories(scratch);
            fixture.copyTo(scratch.resolve("workspace"));
            Path file = scratch.resolve("pack.zip");
            long nanos;
            try (Workspace workspace = Workspace.open(
                    scratch.resolve("workspace"), Clock.fixed(PackFixture.EXPORTED_AT, ZoneOffset.UTC))) {
                PackExporter exporter = new PackExporter(workspace, "countersign benchmark");
                PackExporter.Request request = new PackExporter.Request(
                        PackSelection.ALL, PackFixture.EXPORTER, file, PackFixture.EXPORTED_AT);
                long start = System.nanoTime();
                exporter.export(request, owner -> fixture.exporterKey());
                nanos = System.nanoTime() - start;
            }
            System.out.printf(Locale.ROOT, "   S6 round %d: export %.0f ms%n", round + 1, nanos / 1e6);
            // Compared by SHA-256 and never held twice: a second copy of the pack in this JVM would
            // load the collector during the next round's export.
            Digest digest = sha256(file);
            if (first == null) {
                first = digest;
                size = Files.size(file);
                Files.copy(file, keep, StandardCopyOption.REPLACE_EXISTING);
                entries = new ArrayList<>(
                        StoredEntries.of(Files.readAllBytes(file)).values());
            } else if (!first.equals(digest)) {
                throw new IllegalStateException(
                        "S6 refused: export round " + (round + 1) + " wrote other bytes than round 1 (" + digest
                                + " vs " + first + ") from the same store, selection and time");
            }
            long floorStart = System.nanoTime();
            floor.deflateAndHash(entries);
            long floorNanos = System.nanoTime() - floorStart;
            if (round >= settings.warmups()) {
                values[round - settings.warmups()] = nanos / 1e6;
                floors[round - settings.warmups()] = floorNanos / 1e6;
            }
        }
        Folders.delete(scratch);
        int rounds = settings.warmups() + settings.repeats();
        return new Result(
                "S6",
                "export a " + fixture.decisions() + "-decision pack (warm)",
                median(values),
                median(floors),
                "ms",
                fixture.decisions() == 10_000 ? 300.0 : null,
                3.0,
                String.format(
                        Locale.ROOT,
                        "PackExporter.export to a file (read + check the chain, build, fsync, record the export), "
                                + "fresh copy of the workspace per round; median of %d after %d warm-up (ms: %s); all %d packs byte-identical "
                                + "(same SHA-256, %s, %.1f MB, %d entries); floor: DEFLATE level 0 (the exporter stores) + SHA-256 of each "
                                + "entry's bytes, one thread (ms: %s)",
                        settings.repeats(),
                        settings.warmups(),
                        list(values),
                        rounds,
                        first,
                        size / 1e6,
                        entries.size(),
                        list(floors)));
    }

    private static Digest sha256(Path file) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new Digest(HexFormat.of().formatHex(sha256.digest()));
    }

    private static Result verify(byte[] zip, PackSettings settings) throws Exception {
        Map<String, ByteBuffer> files = StoredEntries.of(zip);
        List<PackFloors.Signed> signatures = signatures(files);
        List<ByteBuffer> contents = new ArrayList<>(files.values());
        PackFloors floor = new PackFloors();
        double[] values = new double[settings.repeats()];
        double[] floors = new double[settings.repeats()];
        int records = 0;
        for (int round = 0; round < settings.warmups() + settings.repeats(); round++) {
            long start = System.nanoTime();
            PackVerification verification = PackVerifier.verify(zip);
            long nanos = System.nanoTime() - start;
            if (!verification.isValid()) {
                throw new IllegalStateException("S7 refused: the exported pack does not verify: "
                        + verification.allIssues().getFirst());
            }
            records = verification.records().size();
            System.out.printf(Locale.ROOT, "   S7 round %d: verify %.0f ms%n", round + 1, nanos / 1e6);
            long floorStart = System.nanoTime();
            floor.verifyAndHash(signatures, contents);
            long floorNanos = System.nanoTime() - floorStart;
            if (round >= settings.warmups()) {
                values[round - settings.warmups()] = nanos / 1e6;
                floors[round - settings.warmups()] = floorNanos / 1e6;
            }
        }
        return new Result(
                "S7",
                "verify a " + records + "-decision pack",
                median(values),
                median(floors),
                "ms",
                records == 10_000 ? 800.0 : null,
                1.3,
                String.format(
                        Locale.ROOT,
                        "PackVerifier.verify of the S6 pack's bytes in memory (as `countersign verify`, file read "
                                + "not timed); median of %d after %d warm-up (ms: %s); floor: %d Ed25519 verifications (BouncyCastle, as the "
                                + "verifier) of the pack's envelopes + SHA-256 of each of its %d files, one thread (ms: %s)",
                        settings.repeats(),
                        settings.warmups(),
                        list(values),
                        signatures.size(),
                        contents.size(),
                        list(floors)));
    }

    /** Every DSSE envelope in the pack (the decisions and the pack statement) with the key it names. */
    private static List<PackFloors.Signed> signatures(Map<String, ByteBuffer> files) {
        Map<String, VerificationKey> keys = new HashMap<>();
        files.forEach((name, content) -> {
            if (name.endsWith(".pem")) {
                VerificationKey key = VerificationKey.fromPem(
                        StandardCharsets.US_ASCII.decode(content.duplicate()).toString());
                keys.put(key.keyId().toString(), key);
            }
        });
        List<PackFloors.Signed> signed = new ArrayList<>();
        files.forEach((name, content) -> {
            if (name.endsWith(".dsse.json")) {
                byte[] bytes = new byte[content.remaining()];
                content.duplicate().get(bytes);
                DsseEnvelope envelope = DsseEnvelope.parse(bytes);
                signed.add(PackFloors.Signed.of(
                        envelope, keys.get(envelope.signature().keyId())));
            }
        });
        return signed;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String list(double[] values) {
        StringBuilder out = new StringBuilder();
        for (double v : values) {
            out.append(out.isEmpty() ? "" : "/").append(String.format(Locale.ROOT, "%.0f", v));
        }
        return out.toString();
    }
}
