package io.countersign.model.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipArchiveReaderTest {

    private static final PackLimits SMALL = new PackLimits(8L << 20, 100, 1L << 20, 4L << 20, 100, 4096);

    @Test
    void readsWhatTheDeterministicWriterWrites() throws PackArchiveException {
        byte[] pack = PackFixture.threeDecisions().zip();

        ZipArchive archive = ZipArchiveReader.read(pack, PackLimits.DEFAULT);

        assertThat(archive.fileNames())
                .contains("decision-pack/bagit.txt", "decision-pack/data/envelopes/000001.dsse.json");
        assertThat(List.copyOf(archive.fileNames())).isSorted();
    }

    @Test
    void readsDeflatedEntries() throws PackArchiveException {
        byte[] zip = new RawZip()
                .add(RawZip.Entry.of("p/a.txt", "hello hello hello").deflated())
                .bytes();

        assertThat(new String(ZipArchiveReader.read(zip, SMALL).content("p/a.txt")))
                .isEqualTo("hello hello hello");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../evil.txt",
                "p/../../evil.txt",
                "/etc/passwd",
                "p\\..\\evil.txt",
                "C:/evil.txt",
                "c:evil.txt",
                "p/a\u0000.txt",
                "p//a.txt",
                "p/./a.txt",
                "p/a\n.txt",
                "p/a.txt:stream"
            })
    void refusesUnsafeNames(String name) {
        byte[] zip = new RawZip().add("p/ok.txt", "fine").add(name, "payload").bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.UNSAFE_NAME);
    }

    @Test
    void refusesDuplicateNames() {
        byte[] zip =
                new RawZip().add("p/a.txt", "first").add("p/a.txt", "second").bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.DUPLICATE_ENTRY);
    }

    @Test
    void refusesNamesThatCollideWhenCaseIsIgnored() {
        byte[] zip = new RawZip()
                .add("p/Data/a.txt", "one")
                .add("p/data/A.txt", "two")
                .bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.CASE_COLLISION);
    }

    @Test
    void refusesNamesThatCollideOnlyInUnicodeForm() {
        byte[] zip = new RawZip()
                .add("p/caf\u00e9.txt", "composed")
                .add("p/cafe\u0301.txt", "decomposed")
                .bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.CASE_COLLISION);
    }

    @Test
    void namesEveryProblemInOneRun() {
        byte[] zip =
                new RawZip().add("../a", "x").add("p/b", "x").add("p/b", "y").bytes();

        assertThatThrownBy(() -> ZipArchiveReader.read(zip, SMALL))
                .isInstanceOfSatisfying(
                        PackArchiveException.class,
                        e -> assertThat(e.issues())
                                .extracting(PackIssue::reason)
                                .containsExactly(PackReason.UNSAFE_NAME, PackReason.DUPLICATE_ENTRY));
    }

    @Test
    void refusesSymbolicLinks() {
        byte[] zip = new RawZip()
                .add(RawZip.Entry.of("p/link", "/etc/passwd").mode(0120777))
                .bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.UNSAFE_ENTRY_TYPE);
    }

    @Test
    void refusesSetUidFiles() {
        byte[] zip = new RawZip()
                .add(RawZip.Entry.of("p/run", "#!/bin/sh").mode(0104755))
                .bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.UNSAFE_ENTRY_TYPE);
    }

    @Test
    void acceptsPlainUnixFiles() throws PackArchiveException {
        byte[] zip =
                new RawZip().add(RawZip.Entry.of("p/a.txt", "x").mode(0100644)).bytes();

        assertThat(ZipArchiveReader.read(zip, SMALL).fileNames()).containsExactly("p/a.txt");
    }

    @Test
    void refusesASecondUnicodePathName() {
        byte[] extra = {0x75, 0x70, 5, 0, 1, 0, 0, 0, 0};
        byte[] zip =
                new RawZip().add(RawZip.Entry.of("p/a.txt", "x").extra(extra)).bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.UNSAFE_NAME);
    }

    @Test
    void refusesALocalHeaderThatNamesAnotherFile() {
        byte[] zip = new RawZip()
                .add(RawZip.Entry.of("p/a.txt", "x").localName("p/b.txt"))
                .bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.ARCHIVE_MALFORMED);
    }

    @Test
    void refusesTwoDirectoryRecordsForOneEntry() {
        byte[] zip = new RawZip().add("p/a.txt", "x").alias(0).bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.DUPLICATE_ENTRY);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 21, 22, 100, 2})
    void refusesATruncatedPack(int cut) {
        byte[] pack = PackFixture.threeDecisions().zip();
        int length = cut == 2 ? pack.length / 2 : pack.length - cut;

        assertRefused(
                () -> ZipArchiveReader.read(Arrays.copyOf(pack, length), PackLimits.DEFAULT), PackReason.TRUNCATED);
    }

    @Test
    void refusesAFileThatIsNotAZip() {
        assertRefused(() -> ZipArchiveReader.read("just some text".getBytes(), SMALL), PackReason.TRUNCATED);
    }

    @Test
    void refusesADamagedEntry() {
        byte[] zip = new RawZip().add("p/a.txt", "hello").bytes();
        zip[30 + "p/a.txt".length()] ^= 1; // first data byte, after the 30-byte local header and the name

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.ARCHIVE_MALFORMED);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void refusesAHighlyCompressedBomb() {
        byte[] zeros = new byte[8 << 20];
        byte[] bomb = new RawZip()
                .add(new RawZip.Entry("p/bomb", zeros, true, null, 0, new byte[0], null, null))
                .bytes();

        assertRefused(() -> ZipArchiveReader.read(bomb, PackLimits.DEFAULT), PackReason.ARCHIVE_TOO_LARGE);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void refusesAnEntryThatInflatesBeyondItsDeclaredSize() {
        byte[] zeros = new byte[16 << 20];
        byte[] liar = new RawZip()
                .add(new RawZip.Entry("p/bomb", zeros, true, 1000L, 0, new byte[0], null, null))
                .bytes();

        assertRefused(() -> ZipArchiveReader.read(liar, PackLimits.DEFAULT), PackReason.ARCHIVE_TOO_LARGE);
    }

    @Test
    void refusesAnEntryDeclaringMoreThanTheCap() {
        byte[] zip = new RawZip()
                .add(RawZip.Entry.of("p/big", "x").declaring(0xFFFF_FFFEL))
                .bytes();

        assertRefused(() -> ZipArchiveReader.read(zip, SMALL), PackReason.ARCHIVE_TOO_LARGE);
    }

    @Test
    void refusesMoreEntriesThanTheCap() {
        RawZip raw = new RawZip();
        for (int i = 0; i < 101; i++) {
            raw.add("p/" + i, "x");
        }

        assertRefused(() -> ZipArchiveReader.read(raw.bytes(), SMALL), PackReason.ARCHIVE_TOO_LARGE);
    }

    @Test
    void refusesManyEntriesAddingUpPastTheTotalCap() {
        RawZip raw = new RawZip();
        for (int i = 0; i < 5; i++) {
            raw.add(new RawZip.Entry("p/" + i, new byte[1 << 20], false, null, 0, new byte[0], null, null));
        }

        assertRefused(() -> ZipArchiveReader.read(raw.bytes(), SMALL), PackReason.ARCHIVE_TOO_LARGE);
    }

    @Test
    void refusesAnArchiveLargerThanTheCap() {
        assertRefused(() -> ZipArchiveReader.read(new byte[(8 << 20) + 1], SMALL), PackReason.ARCHIVE_TOO_LARGE);
    }

    private static void assertRefused(ThrowingCallable read, PackReason reason) {
        assertThatThrownBy(read)
                .isInstanceOfSatisfying(
                        PackArchiveException.class,
                        e -> assertThat(e.issues())
                                .extracting(PackIssue::reason)
                                .contains(reason));
    }
}
