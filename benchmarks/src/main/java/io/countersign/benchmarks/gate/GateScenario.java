package io.countersign.benchmarks.gate;

import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.startup.ClassPathJars;
import io.countersign.gate.ApprovalBundle;
import io.countersign.gate.ApprovalGate;
import io.countersign.gate.DraftUnderGate;
import io.countersign.gate.GateVerdict;
import io.countersign.gate.TrustAnchors;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.VerificationKey;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * S10: the approval gate. Warm, in the library: reading the three files' bytes and checking, against
 * a floor of exactly the cryptography the check cannot skip — one Ed25519 verification per approval
 * and hashing the draft's canonical bytes. Cold: a fresh {@code countersign-cli gate} process per
 * check (class path without JavaFX, as the image's countersign-cli launcher has it), against a fresh
 * JVM on the same class path that exits at once.
 */
public final class GateScenario {
    private GateScenario() {}

    public static List<Result> run(Path examples, Path scratch, int warmChecks, int processes) throws Exception {
        SignedBundle bundle = SignedBundle.of(examples);
        List<Result> results = new ArrayList<>();
        results.add(warm(bundle, warmChecks));
        results.addAll(cold(bundle, scratch, processes));
        return results;
    }

    private static Result warm(SignedBundle bundle, int checks) throws Exception {
        Floor floor = Floor.of(bundle);
        for (int i = 0; i < checks; i++) {
            check(bundle);
            floor.run();
        }
        long[] value = new long[checks];
        long[] base = new long[checks];
        for (int i = 0; i < checks; i++) {
            long start = System.nanoTime();
            check(bundle);
            value[i] = System.nanoTime() - start;
            start = System.nanoTime();
            floor.run();
            base[i] = System.nanoTime() - start;
        }
        return new Result(
                "S10",
                "gate, warm in the library: read draft, bundle and trust, check a quorum of " + bundle.approvals(),
                median(value) / 1e6,
                median(base) / 1e6,
                "ms",
                null,
                3.0,
                String.format(
                        Locale.ROOT,
                        "median of %d checks after %d warm-up; floor: %d Ed25519 verifications of "
                                + "the signed bytes + SHA-256 of the draft's canonical bytes",
                        checks,
                        checks,
                        bundle.approvals()));
    }

    private static GateVerdict check(SignedBundle bundle) throws Exception {
        GateVerdict verdict = ApprovalGate.check(
                DraftUnderGate.read("draft.json", bundle.draft()),
                ApprovalBundle.read("approval.json", bundle.approval()),
                TrustAnchors.read("trust.json", bundle.trust()),
                bundle.checkAt());
        if (!verdict.allowed()) {
            throw new IllegalStateException("the benchmark's approval should pass the gate: " + verdict.problems());
        }
        return verdict;
    }

    /** The work no gate can skip, prepared outside the timing: the signed bytes, the keys and the canonical draft. */
    private record Floor(
            List<byte[]> signed, List<byte[]> signatures, List<VerificationKey> keys, byte[] canonicalDraft) {
        static Floor of(SignedBundle bundle) throws Exception {
            ApprovalBundle approval = ApprovalBundle.read("approval.json", bundle.approval());
            TrustAnchors trust = TrustAnchors.read("trust.json", bundle.trust());
            List<byte[]> signed = new ArrayList<>();
            List<byte[]> signatures = new ArrayList<>();
            List<VerificationKey> keys = new ArrayList<>();
            for (DsseEnvelope envelope : approval.envelopes()) {
                signed.add(Dsse.pae(envelope.payloadType(), envelope.payload()));
                signatures.add(envelope.signature().sig());
                keys.add(trust.find(Digest.parse(envelope.signature().keyId()))
                        .orElseThrow()
                        .key());
            }
            return new Floor(signed, signatures, keys, CanonicalJson.canonicalize(bundle.draft()));
        }

        void run() {
            for (int i = 0; i < signed.size(); i++) {
                if (!keys.get(i).verify(signed.get(i), signatures.get(i))) {
                    throw new IllegalStateException("floor signature did not verify");
                }
            }
            Digest.sha256(canonicalDraft);
        }
    }

    /**
     * A fresh process per check, without and with a JDK AOT cache trained on one gate run (as a
     * provisioner would ship it: {@code -XX:AOTCache}); each against the empty JVM with the same flags.
     */
    private static List<Result> cold(SignedBundle bundle, Path scratch, int processes) throws Exception {
        Path dir = Files.createDirectories(scratch.resolve("s10-gate"));
        Path draft = Files.write(dir.resolve("draft.json"), bundle.draft());
        Path approval = Files.write(dir.resolve("approval.json"), bundle.approval());
        Path trust = Files.write(dir.resolve("trust.json"), bundle.trust());
        // Jars only (an AOT cache refuses class folders), and none of JavaFX, as countersign-cli has it.
        String classPath = Arrays.stream(ClassPathJars.forChildren(dir, "empty-main.jar", List.of(EmptyMain.class))
                        .split(File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("monocle"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> gate = List.of(
                "io.countersign.cli.Main",
                "gate",
                draft.toString(),
                "--approval",
                approval.toString(),
                "--trust",
                trust.toString(),
                "--at",
                bundle.checkAt().toString());
        List<String> empty = List.of(EmptyMain.class.getName());
        Path gateCache = dir.resolve("gate.aot");
        Path emptyCache = dir.resolve("empty.aot");
        Files.deleteIfExists(gateCache);
        Files.deleteIfExists(emptyCache);
        launch(classPath, List.of("-XX:AOTCacheOutput=" + gateCache, "-Xlog:aot=error"), gate);
        launch(classPath, List.of("-XX:AOTCacheOutput=" + emptyCache, "-Xlog:aot=error"), empty);
        List<String> withGateCache = List.of("-XX:AOTCache=" + gateCache, "-Xlog:aot=off");
        List<String> withEmptyCache = List.of("-XX:AOTCache=" + emptyCache, "-Xlog:aot=off");
        double[] plain = new double[processes];
        double[] plainFloor = new double[processes];
        double[] cached = new double[processes];
        double[] cachedFloor = new double[processes];
        for (int i = 0; i < processes; i++) {
            plain[i] = launch(classPath, List.of(), gate);
            plainFloor[i] = launch(classPath, List.of(), empty);
            cached[i] = launch(classPath, withGateCache, gate);
            cachedFloor[i] = launch(classPath, withEmptyCache, empty);
        }
        String how = "median of %d processes, the four kinds alternating; floor: a fresh JVM on the same class path "
                + "(no JavaFX) and flags that exits at once; runs %s";
        return List.of(
                new Result(
                        "S10",
                        "gate, fresh process: countersign-cli gate on one bundle, start to exit",
                        median(plain),
                        median(plainFloor),
                        "ms",
                        500.0,
                        null,
                        String.format(Locale.ROOT, how, processes, Arrays.toString(plain))),
                new Result(
                        "S10",
                        "gate, fresh process with an AOT cache trained on one gate run",
                        median(cached),
                        median(cachedFloor),
                        "ms",
                        500.0,
                        null,
                        String.format(Locale.ROOT, how, processes, Arrays.toString(cached))));
    }

    private static double launch(String classPath, List<String> jvmOptions, List<String> mainAndArgs) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath));
        command.addAll(mainAndArgs);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int exit = process.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", mainAndArgs) + " exited " + exit);
        }
        return Math.round(millis);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
