package io.countersign.model.pack;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose bytes depend only on the entries and one instant: entries in name order,
 * every timestamp the same UTC wall-clock time (MS-DOS form, no extended-time extra field),
 * every entry stored (compression level 0, so no zlib version can change a byte), no comments,
 * no directory entries.
 */
public final class DeterministicZip {

    private DeterministicZip() {}

    /** The zip of {@code entries} (names in their sorted order), stamped with {@code time}. */
    public static byte[] write(SortedMap<String, byte[]> entries, Instant time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(entries, time, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Streams the same bytes as {@link #write(SortedMap, Instant)} to {@code out}, so a large
     * pack need not be held a second time in memory. Leaves {@code out} open.
     */
    public static void write(SortedMap<String, byte[]> entries, Instant time, OutputStream out) throws IOException {
        // MS-DOS time has two-second steps and no zone: take UTC and round down to the step.
        LocalDateTime stamp = LocalDateTime.ofInstant(time.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        stamp = stamp.withSecond(stamp.getSecond() & ~1);
        if (stamp.getYear() < 1980 || stamp.getYear() > 2107) {
            throw new IllegalArgumentException("a zip timestamp must fall in 1980..2107, was " + time);
        }
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller owns out
            }
        });
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            byte[] content = e.getValue();
            CRC32 crc = new CRC32();
            crc.update(content);
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
            entry.setTimeLocal(stamp);
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }
        zip.close();
    }
}
