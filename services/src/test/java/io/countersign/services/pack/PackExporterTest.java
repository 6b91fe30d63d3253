package io.countersign.services.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.pack.PackBuilder;
import io.countersign.model.pack.PackLayout;
import io.countersign.model.pack.PackReason;
import io.countersign.model.pack.PackSelection;
import io.countersign.model.pack.PackVerification;
import io.countersign.model.pack.PackVerifier;
import io.countersign.model.pack.RecordVerdict;
import io.countersign.model.store.ChainEntry;
import io.countersign.model.store.ChainEntryKind;
import io.countersign.model.store.EntrySummary;
import io.countersign.model.store.NewChainEntry;
import io.countersign.persistence.ContentDigest;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.WorkspaceFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PackExporterTest extends WorkspaceFixture {

    static final Instant EXPORTED_AT = Instant.parse("2026-04-01T08:30:00Z");

    @TempDir
    Path out;

    EvidenceFixture evidence;
    PackExporter exporter;

    @BeforeEach
    void history() {
        evidence = new EvidenceFixture(workspace).standardHistory();
        exporter = new PackExporter(workspace, "Countersign test");
    }

    private PackExporter.Result export(PackSelection selection, String file) {
        return exporter.export(
                new PackExporter.Request(selection, "u-audit", out.resolve(file), EXPORTED_AT),
                evidence.exporterKeys());
    }

    @Test
    void exportsAPackThatVerifies() throws IOException {
        PackExporter.Result result = export(PackSelection.ALL, "all.zip");

        PackVerification verification = PackVerifier.verify(Files.readAllBytes(result.file()));

        assertThat(verification.allIssues()).isEmpty();
        assertThat(verification.records()).extracting(RecordVerdict::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(result.seqs()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void theSameStoreSelectionAndTimeGiveTheSameBytes(@TempDir Path otherWorkspace) throws IOException {
        byte[] first = Files.readAllBytes(export(PackSelection.ALL, "first.zip").file());
        byte[] second;
        try (Workspace twin = Workspace.open(otherWorkspace)) {
            EvidenceFixture same = new EvidenceFixture(twin).standardHistory();
            second = Files.readAllBytes(new PackExporter(twin, "Countersign test")
                    .export(
                            new PackExporter.Request(
                                    PackSelection.ALL, "u-audit", out.resolve("second.zip"), EXPORTED_AT),
                            same.exporterKeys())
                    .file());
        }

        assertThat(second).isEqualTo(first);
    }

    @Test
    void exportingTheSameContentsTwiceBuildsTheSameZip() {
        var registration = workspace
                .signingKeys()
                .find(evidence.auditor.keyId().toString())
                .orElseThrow();
        var request = new PackExporter.Request(PackSelection.ALL, "u-audit", out.resolve("x.zip"), EXPORTED_AT);

        byte[] once = PackBuilder.build(exporter.contents(request, registration), evidence.auditor)
                .zip();
        byte[] twice = PackBuilder.build(exporter.contents(request, registration), evidence.auditor)
                .zip();

        assertThat(twice).isEqualTo(once);
    }

    static Stream<Arguments> selections() {
        return Stream.of(
                Arguments.of(new PackSelection(null, null, "u-lee", null), List.of(1L, 3L)),
                Arguments.of(new PackSelection(null, null, null, "crm"), List.of(2L, 3L)),
                Arguments.of(new PackSelection(null, null, null, "erp"), List.of(1L, 4L)),
                Arguments.of(
                        new PackSelection(LocalDate.parse("2026-02-02"), LocalDate.parse("2026-03-05"), null, null),
                        List.of(2L, 3L)),
                Arguments.of(new PackSelection(LocalDate.parse("2026-03-01"), null, "u-kim", "erp"), List.of(4L)),
                Arguments.of(new PackSelection(null, LocalDate.parse("2026-01-31"), null, null), List.of()));
    }

    @ParameterizedTest
    @MethodSource("selections")
    void selectsByDateApproverAndSystem(PackSelection selection, List<Long> seqs) throws IOException {
        PackExporter.Result result = export(selection, "selected.zip");

        PackVerification verification = PackVerifier.verify(Files.readAllBytes(result.file()));

        assertThat(result.seqs()).isEqualTo(seqs);
        assertThat(verification.isValid()).isTrue();
        assertThat(verification.records()).extracting(RecordVerdict::seq).isEqualTo(seqs);
    }

    @Test
    void recordsTheExportInTheChainSignedByTheExporter() throws IOException {
        PackExporter.Result result = export(new PackSelection(null, null, "u-lee", null), "lee.zip");

        ChainEntry last = workspace.evidenceChain().last().orElseThrow();
        assertThat(last).isEqualTo(result.exportEntry());
        assertThat(last.seq()).isEqualTo(5);
        assertThat(last.kind()).isEqualTo(ChainEntryKind.EXPORT);
        assertThat(Dsse.verify(last.envelope(), evidence.auditor.verificationKey())
                        .isValid())
                .isTrue();
        var envelope = DsseEnvelope.parse(last.envelope());
        InTotoStatement statement = InTotoStatement.parse(envelope.payload());
        assertThat(statement.predicateType()).isEqualTo(PackExporter.EXPORT_PREDICATE_TYPE);
        assertThat(statement.subjects().getFirst().name()).isEqualTo("pack/lee.zip");
        assertThat(statement.subjects().getFirst().digest())
                .isEqualTo(Digest.sha256(Files.readAllBytes(result.file())));
        assertThat(statement.predicate().get("entries").toString())
                .isEqualTo("{\"count\":2,\"firstSeq\":1,\"lastSeq\":3}");
        assertThat(statement.predicate().get("prevEntryHash").textValue())
                .isEqualTo("sha256:"
                        + workspace.evidenceChain().get(4).orElseThrow().entryHash());
    }

    @Test
    void aLaterPackCarriesTheEarlierExportInItsChain() throws IOException {
        export(PackSelection.ALL, "first.zip");
        PackExporter.Result second = export(PackSelection.ALL, "second.zip");

        PackVerification verification = PackVerifier.verify(Files.readAllBytes(second.file()));
        assertThat(verification.isValid()).isTrue();
        assertThat(verification.statement().orElseThrow().chainLastSeq()).isEqualTo(5L);
        String chain = unzipEntry(second.file(), PackLayout.CHAIN_JSONL);
        assertThat(chain.lines()).hasSize(5).last().asString().contains("\"kind\":\"export\"");
    }

    @Test
    void neverOverwritesAPack() throws IOException {
        Files.writeString(out.resolve("taken.zip"), "someone else's");

        assertThatThrownBy(() -> export(PackSelection.ALL, "taken.zip"))
                .isInstanceOf(PackExportException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(out.resolve("taken.zip"))).isEqualTo("someone else's");
    }

    @Test
    void refusesAnExporterWhoseKeyIsSomeoneElses() {
        ExporterKeys wrong = owner -> evidence.lee;

        assertThatThrownBy(() -> exporter.export(
                        new PackExporter.Request(PackSelection.ALL, "u-audit", out.resolve("p.zip"), EXPORTED_AT),
                        wrong))
                .isInstanceOf(PackExportException.class)
                .hasMessageContaining("belongs to u-lee");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void refusesToExportAForgedDecisionAndWritesNothing() throws IOException {
        long before = workspace.evidenceChain().size();
        byte[] forged = workspace.evidenceChain().get(2).orElseThrow().envelope();
        String text = new String(forged, StandardCharsets.UTF_8);
        int sig = text.indexOf("\"sig\":\"") + 7;
        byte[] tampered = (text.substring(0, sig) + (text.charAt(sig) == 'A' ? 'B' : 'A') + text.substring(sig + 1))
                .getBytes(StandardCharsets.UTF_8);
        workspace
                .evidenceChain()
                .append(new NewChainEntry(
                        ChainEntryKind.DECISION, tampered, ContentDigest.sha256Hex(tampered), EntrySummary.NONE));

        assertThatThrownBy(() -> export(PackSelection.ALL, "p.zip"))
                .isInstanceOf(PackExportException.class)
                .hasMessageContaining("seq " + (before + 1));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void withSeveralForgedDecisionsTheRefusalNamesTheFirstInChainOrder() {
        long before = workspace.evidenceChain().size();
        for (int i = 0; i < 12; i++) {
            byte[] tampered = forgedCopyOf(1 + i % 4, i);
            workspace
                    .evidenceChain()
                    .append(new NewChainEntry(
                            ChainEntryKind.DECISION, tampered, ContentDigest.sha256Hex(tampered), EntrySummary.NONE));
        }

        // Decisions are verified on all cores; whichever thread fails first, the first forged seq is named.
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> export(PackSelection.ALL, "p.zip"))
                    .isInstanceOf(PackExportException.class)
                    .hasMessageStartingWith("seq " + (before + 1) + ": ");
        }
    }

    /** The envelope at {@code seq} with the signature's character at {@code offset} changed. */
    private byte[] forgedCopyOf(long seq, int offset) {
        String text =
                new String(workspace.evidenceChain().get(seq).orElseThrow().envelope(), StandardCharsets.UTF_8);
        int sig = text.indexOf("\"sig\":\"") + 7 + offset;
        return (text.substring(0, sig) + (text.charAt(sig) == 'A' ? 'B' : 'A') + text.substring(sig + 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void verificationOfAnExportedPackNamesATamperedRecord() throws IOException {
        byte[] zip = Files.readAllBytes(export(PackSelection.ALL, "p.zip").file());
        byte[] tampered = zip.clone();
        String name = PackLayout.zipName(PackLayout.envelopePath(2));
        int at = indexOf(zip, name.getBytes(StandardCharsets.UTF_8)) + name.length() + 10;
        tampered[at] ^= 1;

        assertThat(PackVerifier.verify(tampered).reasons()).containsAnyOf(PackReason.ARCHIVE_MALFORMED);
    }

    static String unzipEntry(Path zip, String bagPath) throws IOException {
        try (var file = new ZipFile(zip.toFile())) {
            var entry = file.getEntry(PackLayout.zipName(bagPath));
            return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
