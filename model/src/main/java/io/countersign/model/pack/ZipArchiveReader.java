package io.countersign.model.pack;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a zip held in memory, trusting nothing in it. Written by hand because the JDK's readers
 * disagree with each other on duplicate names, accept {@code ../} names and hide local headers
 * that differ from the central directory (ADR 0006).
 *
 * <p>The central directory is the one index: every entry's local header must agree with it,
 * entries must tile the file from offset 0 to the central directory without gaps or overlaps,
 * sizes are checked against {@link PackLimits} before anything is inflated, and inflation never
 * writes past an entry's declared size. Zip64, encryption and methods other than stored and
 * deflated are refused; packs never need them.
 */
public final class ZipArchiveReader {

    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int LOC_SIG = 0x04034b50;
    private static final int DESCRIPTOR_SIG = 0x08074b50;
    private static final int EOCD_LEN = 22;
    private static final int CEN_LEN = 46;
    private static final int LOC_LEN = 30;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int FLAG_ENCRYPTED = 0x0001;
    private static final int FLAG_DESCRIPTOR = 0x0008;
    private static final int FLAG_STRONG_ENCRYPTION = 0x0040;
    private static final int FLAG_MASKED_HEADERS = 0x2000;
    private static final int UNIX_HOST = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;
    private static final int SPECIAL_MODE_BITS = 07000;
    /** Info-ZIP Unicode Path: a second name that some unzip tools prefer to the real one. */
    private static final int UNICODE_PATH_EXTRA = 0x7075;

    private static final long U32_MAX = 0xFFFFFFFFL;
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");
    private static final int MAX_NAME_LENGTH = 1024;

    private final byte[] zip;
    private final PackLimits limits;

    private ZipArchiveReader(byte[] zip, PackLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Reads every entry into memory, or refuses the archive with every name problem or the first structural one. */
    public static ZipArchive read(byte[] zip, PackLimits limits) throws PackArchiveException {
        if (zip.length > limits.maxArchiveBytes()) {
            throw new PackArchiveException(
                    PackReason.ARCHIVE_TOO_LARGE,
                    "archive",
                    zip.length + " bytes is over the cap of " + limits.maxArchiveBytes());
        }
        return new ZipArchiveReader(zip, limits).read();
    }

    private record CentralEntry(
            String name,
            byte[] rawName,
            int flags,
            int method,
            long crc,
            long compressedSize,
            long size,
            long localOffset) {
        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    private ZipArchive read() throws PackArchiveException {
        int eocd = findEndOfCentralDirectory();
        if (eocd >= 20 && u32(eocd - 20) == ZIP64_LOCATOR_SIG) {
            throw malformed("archive", "zip64 records are not used by packs");
        }
        int disk = u16(eocd + 4);
        int cdDisk = u16(eocd + 6);
        int entriesHere = u16(eocd + 8);
        int entries = u16(eocd + 10);
        long cdSize = u32(eocd + 12);
        long cdOffset = u32(eocd + 16);
        if (entries == 0xFFFF || cdSize == U32_MAX || cdOffset == U32_MAX) {
            throw malformed("archive", "zip64 records are not used by packs");
        }
        if (disk != 0 || cdDisk != 0 || entriesHere != entries) {
            throw malformed("archive", "multi-disk archives are not packs");
        }
        if (entries > limits.maxEntries()) {
            throw new PackArchiveException(
                    PackReason.ARCHIVE_TOO_LARGE,
                    "archive",
                    entries + " entries is over the cap of " + limits.maxEntries());
        }
        if (cdOffset + cdSize > eocd) {
            throw new PackArchiveException(
                    PackReason.TRUNCATED, "archive", "the central directory runs past the end of the data");
        }
        if (cdOffset + cdSize != eocd) {
            throw malformed("archive", "bytes between the central directory and its end record");
        }
        List<CentralEntry> central = readCentralDirectory((int) cdOffset, (int) (cdOffset + cdSize), entries);
        checkNames(central);
        checkSizes(central);
        long[] ends = checkLocalHeaders(central, cdOffset);
        return extract(central, ends);
    }

    /** The end record must sit exactly at the end: its comment, if any, runs to the last byte. */
    private int findEndOfCentralDirectory() throws PackArchiveException {
        int last = zip.length - EOCD_LEN;
        int first = Math.max(0, last - 0xFFFF);
        for (int p = last; p >= first; p--) {
            if (u32(p) == EOCD_SIG && p + EOCD_LEN + u16(p + 20) == zip.length) {
                return p;
            }
        }
        throw new PackArchiveException(
                PackReason.TRUNCATED,
                "archive",
                "no end-of-central-directory record: the file is truncated or not a zip");
    }

    private List<CentralEntry> readCentralDirectory(int start, int end, int count) throws PackArchiveException {
        List<CentralEntry> result = new ArrayList<>(count);
        int p = start;
        for (int i = 0; i < count; i++) {
            if (p + CEN_LEN > end || u32(p) != CEN_SIG) {
                throw malformed(
                        "archive", "central directory entry " + (i + 1) + " of " + count + " is missing or damaged");
            }
            int versionMadeBy = u16(p + 4);
            int flags = u16(p + 8);
            int method = u16(p + 10);
            long crc = u32(p + 16);
            long compressed = u32(p + 20);
            long size = u32(p + 24);
            int nameLen = u16(p + 28);
            int extraLen = u16(p + 30);
            int commentLen = u16(p + 32);
            int diskStart = u16(p + 34);
            long external = u32(p + 38);
            long localOffset = u32(p + 42);
            int next = p + CEN_LEN + nameLen + extraLen + commentLen;
            if (next > end) {
                throw malformed("archive", "central directory entry " + (i + 1) + " runs past the directory");
            }
            byte[] rawName = Arrays.copyOfRange(zip, p + CEN_LEN, p + CEN_LEN + nameLen);
            String name = decodeName(rawName);
            if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS)) != 0) {
                throw malformed(name, "encrypted entries are not packs");
            }
            if (method != STORED && method != DEFLATED) {
                throw malformed(name, "compression method " + method + " (only stored and deflated)");
            }
            if (compressed == U32_MAX || size == U32_MAX || localOffset == U32_MAX || diskStart != 0) {
                throw malformed(name, "zip64 or multi-disk fields are not used by packs");
            }
            checkExtra(name, p + CEN_LEN + nameLen, extraLen);
            checkType(name, versionMadeBy, external);
            result.add(new CentralEntry(name, rawName, flags, method, crc, compressed, size, localOffset));
            p = next;
        }
        if (p != end) {
            throw malformed("archive", "the central directory holds more than its " + count + " entries");
        }
        return result;
    }

    private String decodeName(byte[] raw) throws PackArchiveException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PackArchiveException(PackReason.UNSAFE_NAME, "archive", "an entry name is not valid UTF-8");
        }
    }

    private void checkExtra(String name, int start, int length) throws PackArchiveException {
        int p = start;
        int end = start + length;
        while (p < end) {
            if (p + 4 > end) {
                throw malformed(name, "extra field is damaged");
            }
            int id = u16(p);
            int size = u16(p + 2);
            if (p + 4 + size > end) {
                throw malformed(name, "extra field is damaged");
            }
            if (id == UNICODE_PATH_EXTRA) {
                throw new PackArchiveException(
                        PackReason.UNSAFE_NAME,
                        name,
                        "carries a second (Unicode Path) name that some tools would extract instead");
            }
            if (id == 0x0001) {
                throw malformed(name, "zip64 extra fields are not used by packs");
            }
            p += 4 + size;
        }
    }

    /** Only plain files and folders: no links, devices, or set-uid / set-gid / sticky bits. */
    private static void checkType(String name, int versionMadeBy, long external) throws PackArchiveException {
        if ((versionMadeBy >>> 8) != UNIX_HOST) {
            return;
        }
        int mode = (int) (external >>> 16);
        int type = mode & S_IFMT;
        boolean directory = name.endsWith("/");
        boolean plain = type == 0 || (directory ? type == S_IFDIR : type == S_IFREG);
        if (!plain) {
            throw new PackArchiveException(
                    PackReason.UNSAFE_ENTRY_TYPE,
                    name,
                    "is not a plain " + (directory ? "folder" : "file") + " (mode " + Integer.toOctalString(mode)
                            + ")");
        }
        if ((mode & SPECIAL_MODE_BITS) != 0) {
            throw new PackArchiveException(
                    PackReason.UNSAFE_ENTRY_TYPE,
                    name,
                    "has set-uid, set-gid or sticky bits (mode " + Integer.toOctalString(mode) + ")");
        }
    }

    /** Collects every unsafe, duplicate and colliding name before refusing, so one run names them all. */
    private static void checkNames(List<CentralEntry> central) throws PackArchiveException {
        List<PackIssue> issues = new ArrayList<>();
        Set<String> exact = new HashSet<>();
        Map<String, String> folded = new HashMap<>();
        Set<String> files = new HashSet<>();
        for (CentralEntry entry : central) {
            String name = entry.name();
            String problem = unsafeReason(name);
            if (problem != null) {
                issues.add(new PackIssue(PackReason.UNSAFE_NAME, printable(name), problem));
                continue;
            }
            String path = entry.isDirectory() ? name.substring(0, name.length() - 1) : name;
            if (!exact.add(path)) {
                issues.add(new PackIssue(PackReason.DUPLICATE_ENTRY, name, "appears more than once"));
                continue;
            }
            String key = Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String earlier = folded.putIfAbsent(key, path);
            if (earlier != null) {
                issues.add(new PackIssue(
                        PackReason.CASE_COLLISION,
                        name,
                        "differs from " + earlier + " only in letter case or Unicode form"));
            }
            if (!entry.isDirectory()) {
                files.add(path);
            }
        }
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                if (files.contains(file.substring(0, slash))) {
                    issues.add(new PackIssue(
                            PackReason.UNSAFE_NAME, file, file.substring(0, slash) + " is both a file and a folder"));
                }
            }
        }
        if (!issues.isEmpty()) {
            throw new PackArchiveException(issues);
        }
    }

    /** Why a name could escape or confuse the folder it is extracted into, or null when it cannot. */
    static String unsafeReason(String name) {
        if (name.isEmpty()) {
            return "empty name";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "name longer than " + MAX_NAME_LENGTH + " characters";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0) {
                return "contains a NUL character";
            }
            if (c < 0x20 || c == 0x7f) {
                return "contains a control character";
            }
        }
        if (name.indexOf('\\') >= 0) {
            return "contains a backslash";
        }
        if (name.startsWith("/")) {
            return "is an absolute path";
        }
        if (DRIVE_LETTER.matcher(name).matches()) {
            return "starts with a drive letter";
        }
        if (name.indexOf(':') >= 0) {
            return "contains a colon";
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return "has an empty path segment";
            }
            if (segment.equals("..")) {
                return "climbs out with ..";
            }
            if (segment.equals(".")) {
                return "has a . segment";
            }
        }
        return null;
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < 200; i++) {
            char c = name.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private void checkSizes(List<CentralEntry> central) throws PackArchiveException {
        long total = 0;
        for (CentralEntry entry : central) {
            if (entry.size() > limits.maxEntryBytes()) {
                throw new PackArchiveException(
                        PackReason.ARCHIVE_TOO_LARGE,
                        entry.name(),
                        "declares " + entry.size() + " bytes, over the cap of " + limits.maxEntryBytes());
            }
            total += entry.size();
            if (total > limits.maxTotalBytes()) {
                throw new PackArchiveException(
                        PackReason.ARCHIVE_TOO_LARGE,
                        "archive",
                        "entries declare more than the cap of " + limits.maxTotalBytes() + " bytes in total");
            }
            if (entry.method() == STORED && entry.compressedSize() != entry.size()) {
                throw malformed(entry.name(), "stored entry with different compressed and real sizes");
            }
            if (entry.size() > limits.ratioFloorBytes() && entry.size() > entry.compressedSize() * limits.maxRatio()) {
                throw new PackArchiveException(
                        PackReason.ARCHIVE_TOO_LARGE,
                        entry.name(),
                        "compression ratio over " + limits.maxRatio() + ":1 (" + entry.compressedSize()
                                + " bytes would inflate to " + entry.size() + ")");
            }
            if (entry.isDirectory() && entry.size() != 0) {
                throw malformed(entry.name(), "a folder entry with content");
            }
        }
    }

    /**
     * Checks each local header against the central directory and that the entries tile the file
     * from offset 0 to the central directory; returns each entry's data start.
     */
    private long[] checkLocalHeaders(List<CentralEntry> central, long cdOffset) throws PackArchiveException {
        long[] dataStarts = new long[central.size()];
        Integer[] order = new Integer[central.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> central.get(i).localOffset()));
        long expected = 0;
        for (int i : order) {
            CentralEntry entry = central.get(i);
            long offset = entry.localOffset();
            if (offset != expected) {
                throw malformed(
                        entry.name(),
                        offset < expected ? "overlaps the entry before it" : "has unexplained bytes before it");
            }
            if (offset + LOC_LEN > cdOffset || u32((int) offset) != LOC_SIG) {
                throw malformed(entry.name(), "local header is missing or damaged");
            }
            int p = (int) offset;
            int flags = u16(p + 6);
            int method = u16(p + 8);
            int nameLen = u16(p + 26);
            int extraLen = u16(p + 28);
            long dataStart = offset + LOC_LEN + nameLen + extraLen;
            if (dataStart > cdOffset) {
                throw malformed(entry.name(), "local header runs into the central directory");
            }
            if (flags != entry.flags()
                    || method != entry.method()
                    || !Arrays.equals(
                            zip, p + LOC_LEN, p + LOC_LEN + nameLen, entry.rawName(), 0, entry.rawName().length)) {
                throw malformed(entry.name(), "local header disagrees with the central directory");
            }
            checkExtra(entry.name(), p + LOC_LEN + nameLen, extraLen);
            boolean descriptor = (flags & FLAG_DESCRIPTOR) != 0;
            if (!descriptor
                    && (u32(p + 14) != entry.crc()
                            || u32(p + 18) != entry.compressedSize()
                            || u32(p + 22) != entry.size())) {
                throw malformed(entry.name(), "local header sizes or CRC disagree with the central directory");
            }
            long end = dataStart + entry.compressedSize();
            if (end > cdOffset) {
                throw malformed(entry.name(), "data runs into the central directory");
            }
            if (descriptor) {
                end = checkDescriptor(entry, end, cdOffset);
            }
            dataStarts[i] = dataStart;
            expected = end;
        }
        if (expected != cdOffset) {
            throw malformed("archive", "unexplained bytes before the central directory");
        }
        return dataStarts;
    }

    private long checkDescriptor(CentralEntry entry, long at, long cdOffset) throws PackArchiveException {
        int p = (int) at;
        int skip = at + 4 <= cdOffset && u32(p) == DESCRIPTOR_SIG ? 4 : 0;
        if (at + skip + 12 > cdOffset) {
            throw malformed(entry.name(), "data descriptor is missing");
        }
        if (u32(p + skip) != entry.crc()
                || u32(p + skip + 4) != entry.compressedSize()
                || u32(p + skip + 8) != entry.size()) {
            throw malformed(entry.name(), "data descriptor disagrees with the central directory");
        }
        return at + skip + 12;
    }

    /** One entry's bytes, or why they were refused. */
    private record Extracted(byte[] content, PackArchiveException refusal) {}

    /**
     * Copies or inflates every file entry and checks its CRC, spread over the cores (a large pack
     * is most of a gigabyte); a refusal is the one of the first bad entry in central-directory
     * order, whichever thread met it.
     */
    private ZipArchive extract(List<CentralEntry> central, long[] dataStarts) throws PackArchiveException {
        List<Extracted> extracted = IntStream.range(0, central.size())
                .parallel()
                .mapToObj(i -> central.get(i).isDirectory() ? null : extractOne(central.get(i), (int) dataStarts[i]))
                .toList();
        LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
        Set<String> directories = new HashSet<>();
        for (int i = 0; i < central.size(); i++) {
            CentralEntry entry = central.get(i);
            if (entry.isDirectory()) {
                directories.add(entry.name());
                continue;
            }
            if (extracted.get(i).refusal() != null) {
                throw extracted.get(i).refusal();
            }
            files.put(entry.name(), extracted.get(i).content());
        }
        return new ZipArchive(files, directories);
    }

    private Extracted extractOne(CentralEntry entry, int dataStart) {
        try {
            byte[] content = entry.method() == STORED
                    ? Arrays.copyOfRange(zip, dataStart, (int) (dataStart + entry.size()))
                    : inflate(entry, dataStart);
            CRC32 crc = new CRC32();
            crc.update(content);
            if (crc.getValue() != entry.crc()) {
                throw malformed(entry.name(), "CRC mismatch: the entry's bytes are damaged");
            }
            return new Extracted(content, null);
        } catch (PackArchiveException e) {
            return new Extracted(null, e);
        }
    }

    /** Inflates into exactly the declared size; more output, or leftover input, refuses the entry. */
    private byte[] inflate(CentralEntry entry, int start) throws PackArchiveException {
        byte[] out = new byte[(int) entry.size()];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, (int) entry.compressedSize());
            int filled = 0;
            while (filled < out.length) {
                int n = inflater.inflate(out, filled, out.length - filled);
                if (n == 0) {
                    break; // finished, starved of input, or wants a dictionary: all end here
                }
                filled += n;
            }
            if (filled != out.length) {
                throw malformed(entry.name(), "inflates to fewer bytes than declared");
            }
            if (!inflater.finished()) {
                byte[] probe = new byte[1];
                if (inflater.inflate(probe) > 0) {
                    throw new PackArchiveException(
                            PackReason.ARCHIVE_TOO_LARGE,
                            entry.name(),
                            "inflates to more bytes than its declared " + entry.size());
                }
                if (!inflater.finished()) {
                    throw malformed(entry.name(), "deflate stream does not end");
                }
            }
            if (inflater.getRemaining() != 0) {
                throw malformed(entry.name(), "bytes after the end of the deflate stream");
            }
            return out;
        } catch (DataFormatException e) {
            throw malformed(entry.name(), "damaged deflate stream");
        } finally {
            inflater.end();
        }
    }

    private static PackArchiveException malformed(String where, String detail) {
        return new PackArchiveException(PackReason.ARCHIVE_MALFORMED, where, detail);
    }

    private int u16(int p) {
        return (zip[p] & 0xFF) | (zip[p + 1] & 0xFF) << 8;
    }

    private long u32(int p) {
        return (u16(p) | (long) u16(p + 2) << 16) & U32_MAX;
    }
}
