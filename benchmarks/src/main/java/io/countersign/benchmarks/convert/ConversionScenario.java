package io.countersign.benchmarks.convert;

import io.countersign.benchmarks.queue.TokenScan;
import io.countersign.benchmarks.report.Result;
import io.countersign.model.convert.AwsAuthorizationConverter;
import io.countersign.model.convert.CredentialReport;
import io.countersign.model.convert.ScimConverter;
import io.countersign.model.convert.ScimMapping;
import io.countersign.model.convert.SnapshotJson;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import java.lang.ref.Reference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * S12: converting where identity data lives into a snapshot — a directory's SCIM export of
 * {@code users} users and an AWS account of {@code roles} roles — as {@code countersign snapshot
 * from-scim | from-aws} and the workbench's "Update snapshot" do it in memory: read the bytes
 * strictly, convert, and write the snapshot's bytes checked by the strict snapshot reader. Time
 * against a Jackson token scan of the same input bytes; retained heap (the parsed documents and
 * the snapshot, held together as at the end of a conversion) against the input bytes themselves.
 */
public final class ConversionScenario {
    private static final Instant TAKEN = Instant.parse("2026-12-01T06:00:00Z");

    /** @param repeats measured conversions per source (median), after as many warm-up runs */
    public record Settings(int users, int roles, int repeats) {
        public static final Settings FULL = new Settings(50_000, 5_000, 5);
        public static final Settings SMOKE = new Settings(200, 20, 1);

        public String describe() {
            return "S12: " + users + " SCIM users, " + roles + " AWS roles, median of " + repeats + " after " + repeats
                    + " warm-up";
        }
    }

    private ConversionScenario() {}

    private interface Conversion {
        Held run() throws FormatException;
    }

    /** What a conversion leaves reachable at its end: the parsed documents and the snapshot. */
    private record Held(List<SourceNode> documents, Snapshot snapshot, byte[] written) {}

    public static List<Result> run(Settings settings) throws Exception {
        List<byte[]> scim = ExportGenerator.scim(settings.users());
        byte[] aws = ExportGenerator.aws(settings.roles());
        List<Result> results = new ArrayList<>();
        String scimWhat = String.format(Locale.ROOT, "SCIM export, %,d users", settings.users());
        String awsWhat = String.format(Locale.ROOT, "AWS account, %,d roles", settings.roles());
        Conversion fromScim = () -> scim(scim);
        Conversion fromAws = () -> aws(aws);
        results.add(time(scimWhat, scim, fromScim, settings.repeats()));
        results.add(heap(scimWhat, scim, fromScim));
        results.add(time(awsWhat, List.of(aws), fromAws, settings.repeats()));
        results.add(heap(awsWhat, List.of(aws), fromAws));
        return results;
    }

    private static Held scim(List<byte[]> documents) throws FormatException {
        List<SourceNode> trees = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            trees.add(SourceTreeReader.read("scim-" + i + ".json", documents.get(i), SourceTreeReader.Syntax.JSON));
        }
        Snapshot snapshot = ScimConverter.convert(trees, "directory", ScimMapping.defaults(), "directory-bench", TAKEN);
        return new Held(trees, snapshot, SnapshotJson.writeChecked(snapshot, "directory (as converted)"));
    }

    private static Held aws(byte[] details) throws FormatException {
        SourceNode tree = SourceTreeReader.read("authorization-details.json", details, SourceTreeReader.Syntax.JSON);
        Snapshot snapshot = AwsAuthorizationConverter.convert(
                tree, CredentialReport.empty(), new ManagedSystem("aws-bench", null, null), "aws-bench", TAKEN);
        return new Held(List.of(tree), snapshot, SnapshotJson.writeChecked(snapshot, "aws (as converted)"));
    }

    private static Result time(String what, List<byte[]> bytes, Conversion conversion, int repeats)
            throws FormatException {
        Held first = conversion.run();
        for (int i = 0; i < repeats; i++) {
            conversion.run();
            scan(bytes);
        }
        long[] value = new long[repeats];
        long[] floor = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            Reference.reachabilityFence(conversion.run());
            value[i] = System.nanoTime() - start;
            start = System.nanoTime();
            scan(bytes);
            floor[i] = System.nanoTime() - start;
        }
        return new Result(
                "S12",
                what + ": convert, time",
                median(value) / 1e6,
                median(floor) / 1e6,
                "ms",
                null,
                null,
                String.format(
                        Locale.ROOT,
                        "%.1f MB in; strict read + convert + snapshot bytes re-read strictly (%,d identities, %,d"
                                + " entitlements, %,d assignments); median of %d after %d warm-up, alternating with"
                                + " the floor: a Jackson token scan of the same bytes",
                        megabytes(bytes),
                        first.snapshot().identities().size(),
                        first.snapshot().entitlements().size(),
                        first.snapshot().assignments().size(),
                        repeats,
                        repeats));
    }

    private static Result heap(String what, List<byte[]> bytes, Conversion conversion) throws FormatException {
        long before = usedAfterGc();
        Held held = conversion.run();
        long all = usedAfterGc() - before;
        Reference.reachabilityFence(held);
        Snapshot snapshot = held.snapshot();
        held = null;
        long snapshotOnly = usedAfterGc() - before;
        Reference.reachabilityFence(snapshot);
        return new Result(
                "S12",
                what + ": convert, retained heap",
                all / 1e6,
                megabytes(bytes),
                "MB",
                null,
                null,
                String.format(
                        Locale.ROOT,
                        "heap after GC holding the parsed documents, the snapshot and its bytes, minus before;"
                                + " the snapshot alone retains %.1f MB; floor: the input bytes (a token scan retains"
                                + " nothing beyond them)",
                        snapshotOnly / 1e6));
    }

    /** Keeps the token counts observable, so the JIT cannot drop the floor's work. */
    private static volatile long sink;

    private static void scan(List<byte[]> bytes) {
        long tokens = 0;
        for (byte[] document : bytes) {
            tokens += TokenScan.tokens(document);
        }
        sink += tokens;
    }

    private static double megabytes(List<byte[]> bytes) {
        return bytes.stream().mapToLong(document -> document.length).sum() / 1e6;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
