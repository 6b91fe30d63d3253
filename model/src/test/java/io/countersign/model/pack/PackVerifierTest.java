package io.countersign.model.pack;

import static io.countersign.model.pack.PackFixture.files;
import static io.countersign.model.pack.PackFixture.remanifest;
import static io.countersign.model.pack.PackFixture.utf8;
import static io.countersign.model.pack.PackFixture.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class PackVerifierTest {

    private static final String ENVELOPE_2 = PackLayout.envelopePath(2);
    private static final String ENVELOPE_3 = PackLayout.envelopePath(3);

    private final byte[] pack = PackFixture.threeDecisions().zip();

    @Test
    void acceptsAnUntouchedPack() {
        PackVerification result = PackVerifier.verify(pack);

        assertThat(result.allIssues()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.records()).extracting(RecordVerdict::seq).containsExactly(1L, 2L, 3L);
        assertThat(result.records()).allSatisfy(r -> assertThat(r.reasons()).containsExactly(PackReason.ENTRY_OK));
        assertThat(result.statement())
                .hasValueSatisfying(s -> assertThat(s.exporterId()).isEqualTo("u-audit"));
    }

    @Test
    void aTamperedEnvelopeFailsItsManifestLine() {
        SortedMap<String, byte[]> files = files(pack);
        byte[] envelope = files.get(ENVELOPE_2);
        envelope[envelope.length / 2] ^= 1;

        PackVerification result = PackVerifier.verify(zip(files));

        assertThat(result.isValid()).isFalse();
        assertThat(result.packIssues()).anySatisfy(i -> {
            assertThat(i.reason()).isEqualTo(PackReason.MANIFEST_MISMATCH);
            assertThat(i.where()).isEqualTo(ENVELOPE_2);
        });
    }

    @Test
    void aTamperedEnvelopeWithRewrittenManifestsFailsStatementSignatureAndChain() {
        SortedMap<String, byte[]> files = files(pack);
        String forged = new String(files.get(ENVELOPE_2), StandardCharsets.UTF_8);
        int sig = forged.indexOf("\"sig\":\"") + 7;
        forged = forged.substring(0, sig) + (forged.charAt(sig) == 'A' ? 'B' : 'A') + forged.substring(sig + 1);
        files.put(ENVELOPE_2, utf8(forged));

        PackVerification result = PackVerifier.verify(zip(remanifest(files)));

        assertThat(result.reasons())
                .contains(
                        PackReason.STATEMENT_FOREIGN,
                        PackReason.SIGNATURE_INVALID,
                        PackReason.CHAIN_BROKEN,
                        PackReason.ENVELOPE_MISMATCH);
        assertThat(result.records().get(1).isValid()).isFalse();
        assertThat(result.records().get(0).isValid()).isTrue();
    }

    @Test
    void aDroppedEnvelopeIsMissing() {
        SortedMap<String, byte[]> files = files(pack);
        files.remove(ENVELOPE_2);

        assertThat(PackVerifier.verify(zip(files)).packIssues())
                .anySatisfy(i -> assertThat(i)
                        .extracting(PackIssue::reason, PackIssue::where)
                        .containsExactly(PackReason.ENTRY_MISSING, ENVELOPE_2));
    }

    @Test
    void aDroppedEnvelopeWithRewrittenManifestsIsNotWhatTheExporterSigned() {
        SortedMap<String, byte[]> files = files(pack);
        files.remove(ENVELOPE_2);

        PackVerification result = PackVerifier.verify(zip(remanifest(files)));

        assertThat(result.reasons()).contains(PackReason.STATEMENT_FOREIGN);
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void anAddedFileIsExtra() {
        SortedMap<String, byte[]> files = files(pack);
        files.put("data/notes.txt", utf8("trust me"));

        assertThat(PackVerifier.verify(zip(files)).packIssues())
                .anySatisfy(i -> assertThat(i)
                        .extracting(PackIssue::reason, PackIssue::where)
                        .containsExactly(PackReason.EXTRA_ENTRY, "data/notes.txt"));
    }

    @Test
    void anAddedFileListedInTheManifestsIsStillExtra() {
        SortedMap<String, byte[]> files = files(pack);
        files.put("data/notes.txt", utf8("trust me"));
        files.put("manifest-md5.txt", utf8("0  data/notes.txt\n"));

        PackVerification result = PackVerifier.verify(zip(remanifest(files)));

        assertThat(result.reasons()).contains(PackReason.EXTRA_ENTRY, PackReason.STATEMENT_FOREIGN);
    }

    @Test
    void swappedEnvelopesFailTheirManifestLines() {
        SortedMap<String, byte[]> files = files(pack);
        byte[] two = files.get(ENVELOPE_2);
        files.put(ENVELOPE_2, files.get(ENVELOPE_3));
        files.put(ENVELOPE_3, two);

        PackVerification result = PackVerifier.verify(zip(files));

        assertThat(result.packIssues())
                .filteredOn(i -> i.reason() == PackReason.MANIFEST_MISMATCH)
                .extracting(PackIssue::where)
                .contains(ENVELOPE_2, ENVELOPE_3);
    }

    @Test
    void swappedEnvelopesWithRewrittenManifestsBreakTheChain() {
        SortedMap<String, byte[]> files = files(pack);
        byte[] two = files.get(ENVELOPE_2);
        files.put(ENVELOPE_2, files.get(ENVELOPE_3));
        files.put(ENVELOPE_3, two);

        PackVerification result = PackVerifier.verify(zip(remanifest(files)));

        assertThat(result.records().get(1).reasons()).contains(PackReason.CHAIN_BROKEN);
        assertThat(result.records().get(2).reasons()).contains(PackReason.CHAIN_BROKEN);
    }

    @Test
    void aTamperedBlobFailsItsManifestLineAndTheSubjectCheck() {
        SortedMap<String, byte[]> files = files(pack);
        String blob = files.keySet().stream()
                .filter(p -> p.startsWith(PackLayout.BLOBS_DIR))
                .findFirst()
                .orElseThrow();
        files.put(blob, utf8("{\"forged\":true}"));

        PackVerification result = PackVerifier.verify(zip(remanifest(files)));

        assertThat(result.reasons()).contains(PackReason.STATEMENT_FOREIGN, PackReason.SUBJECT_MISMATCH);
    }

    @Test
    void aStatementFromAnotherPackIsCaught() {
        byte[] other = PackFixture.threeDecisions().zip();
        SortedMap<String, byte[]> files = files(pack);
        files.put(PackLayout.PACK_STATEMENT, files(other).get(PackLayout.PACK_STATEMENT));

        assertThat(PackVerifier.verify(zip(files)).reasons()).contains(PackReason.MANIFEST_MISMATCH);
        PackVerification covered = PackVerifier.verify(zip(remanifest(files)));
        assertThat(covered.reasons()).containsAnyOf(PackReason.STATEMENT_FOREIGN, PackReason.KEY_NOT_VALID);
        assertThat(covered.isValid()).isFalse();
    }

    @Test
    void aStatementFromAnotherPackOfTheSameExporterIsForeign() {
        PackFixture fixture = PackFixture.threeDecisions();
        byte[] first = fixture.zip();
        fixture.decide("approve", "later", Instant.parse("2026-02-10T10:00:00Z"));
        byte[] second = fixture.zip();
        SortedMap<String, byte[]> files = files(second);
        files.put(PackLayout.PACK_STATEMENT, files(first).get(PackLayout.PACK_STATEMENT));

        PackVerification result = PackVerifier.verify(zip(remanifest(files)));

        assertThat(result.packIssues()).extracting(PackIssue::reason).contains(PackReason.STATEMENT_FOREIGN);
        assertThat(result.packIssues()).extracting(PackIssue::reason).doesNotContain(PackReason.SIGNATURE_INVALID);
    }

    @Test
    void aSignedPackWithAGapInTheChainNamesTheBreak() {
        PackFixture fixture = PackFixture.threeDecisions();
        fixture.chain.remove(1);

        PackVerification result = PackVerifier.verify(fixture.zip());

        assertThat(result.packIssues()).anySatisfy(i -> {
            assertThat(i.reason()).isEqualTo(PackReason.CHAIN_BROKEN);
            assertThat(i.detail()).contains("seq 3").contains("SEQ_GAP");
        });
        assertThat(result.records().get(1).reasons()).contains(PackReason.CHAIN_BROKEN);
    }

    @Test
    void aSignedPackWithoutASubjectBlobNamesTheMissingSubject() {
        PackFixture fixture = PackFixture.threeDecisions();
        fixture.shipAllBlobs = false;

        PackVerification result = PackVerifier.verify(fixture.zip());

        assertThat(result.records())
                .allSatisfy(r -> assertThat(r.reasons()).containsExactly(PackReason.SUBJECT_MISSING));
    }

    @Test
    void aDecisionSignedOutsideTheKeysWindowIsRefused() {
        PackFixture fixture = PackFixture.threeDecisions();
        fixture.approverValidTo = Instant.parse("2026-02-02T00:00:00Z");

        PackVerification result = PackVerifier.verify(fixture.zip());

        assertThat(result.records())
                .extracting(RecordVerdict::reasons)
                .containsExactly(
                        List.of(PackReason.ENTRY_OK),
                        List.of(PackReason.KEY_NOT_VALID),
                        List.of(PackReason.KEY_NOT_VALID));
    }

    @Test
    void aSwappedKeyIsNotTheKeyTheRecordsName() {
        SortedMap<String, byte[]> files = files(pack);
        PackFixture stranger = new PackFixture();
        files.keySet().stream()
                .filter(p -> p.startsWith(PackLayout.KEYS_DIR))
                .toList()
                .forEach(p ->
                        files.put(p, utf8(stranger.approver.verificationKey().toPem())));

        PackVerification result = PackVerifier.verify(zip(remanifest(files)));

        assertThat(result.reasons()).contains(PackReason.KEY_NOT_VALID);
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void summaryCsvNeutralisesFormulas() {
        String csv = new String(files(pack).get(PackLayout.SUMMARY_CSV), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(csv).doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void bagitDeclarationMustBeExact() {
        SortedMap<String, byte[]> files = files(pack);
        files.put(PackLayout.BAGIT_TXT, utf8("BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n"));

        assertThat(PackVerifier.verify(zip(remanifest(files))).reasons()).contains(PackReason.BAG_DECLARATION_INVALID);
    }

    @Test
    void payloadOxumMustMatch() {
        SortedMap<String, byte[]> files = files(pack);
        String info = new String(files.get(PackLayout.BAG_INFO_TXT), StandardCharsets.UTF_8)
                .replaceAll("Payload-Oxum: \\S+", "Payload-Oxum: 1.1");
        files.put(PackLayout.BAG_INFO_TXT, utf8(info));

        assertThat(PackVerifier.verify(zip(files)).reasons())
                .contains(PackReason.BAG_DECLARATION_INVALID, PackReason.MANIFEST_MISMATCH);
    }
}
