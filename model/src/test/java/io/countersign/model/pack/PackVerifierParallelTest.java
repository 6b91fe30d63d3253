package io.countersign.model.pack;

import static io.countersign.model.pack.PackFixture.files;
import static io.countersign.model.pack.PackFixture.remanifest;
import static io.countersign.model.pack.PackFixture.utf8;
import static io.countersign.model.pack.PackFixture.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SortedMap;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Records are verified on all cores; what a verifier reports must not depend on which record a
 * thread happened to finish first. Each pack is verified on one thread (a one-worker pool runs the
 * verifier's parallel streams serially) and on eight, and both reports must be the same.
 */
class PackVerifierParallelTest {

    private static final int DECISIONS = 60;

    private static PackFixture manyDecisions() {
        PackFixture fixture = new PackFixture();
        Instant at = Instant.parse("2026-02-01T10:00:00Z");
        for (int i = 0; i < DECISIONS; i++) {
            fixture.decide(i % 2 == 0 ? "approve" : "reject", "reason " + i, at.plusSeconds(3600L * i));
        }
        return fixture;
    }

    @Test
    void aTamperedPackGetsTheSameReportOnOneThreadAndOnMany() throws Exception {
        SortedMap<String, byte[]> files = files(manyDecisions().zip());
        forgeSignature(files, PackLayout.envelopePath(7));
        forgeSignature(files, PackLayout.envelopePath(41));
        files.put(PackLayout.envelopePath(23), files.get(PackLayout.envelopePath(24)));
        String blob = files.keySet().stream()
                .filter(p -> p.startsWith(PackLayout.BLOBS_DIR))
                .findFirst()
                .orElseThrow();
        files.put(blob, utf8("{\"forged\":true}"));
        byte[] tampered = zip(remanifest(files));

        PackVerification serial = onThreads(1, tampered);
        PackVerification parallel = onThreads(8, tampered);

        assertThat(serial.isValid()).isFalse();
        assertThat(serial.records()).extracting(RecordVerdict::seq).isSorted().hasSize(DECISIONS);
        assertThat(serial.records().get(6).reasons()).contains(PackReason.SIGNATURE_INVALID);
        assertThat(serial.records().get(22).reasons()).contains(PackReason.CHAIN_BROKEN);
        assertThat(serial.records().get(40).reasons()).contains(PackReason.SIGNATURE_INVALID);
        assertThat(parallel).isEqualTo(serial);
        assertThat(parallel.allIssues()).isEqualTo(serial.allIssues());
        assertThat(parallel.reasons()).isEqualTo(serial.reasons());
    }

    @Test
    void anUntouchedPackIsValidOnManyThreads() throws Exception {
        PackVerification result = onThreads(8, manyDecisions().zip());

        assertThat(result.allIssues()).isEmpty();
        assertThat(result.records()).extracting(RecordVerdict::seq).isSorted().hasSize(DECISIONS);
    }

    private static void forgeSignature(SortedMap<String, byte[]> files, String path) {
        String text = new String(files.get(path), StandardCharsets.UTF_8);
        int sig = text.indexOf("\"sig\":\"") + 7;
        files.put(path, utf8(text.substring(0, sig) + (text.charAt(sig) == 'A' ? 'B' : 'A') + text.substring(sig + 1)));
    }

    /** Runs the verifier inside a pool of {@code threads} workers, which its parallel streams then use. */
    private static PackVerification onThreads(int threads, byte[] zip) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> PackVerifier.verify(zip)).get();
        } finally {
            pool.shutdown();
        }
    }
}
