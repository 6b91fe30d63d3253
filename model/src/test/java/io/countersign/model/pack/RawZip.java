package io.countersign.model.pack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zips by hand, byte by byte, so tests can make what no well-behaved library would:
 * duplicate names, unsafe names, lying sizes, links, overlapping entries.
 */
final class RawZip {

    /** One entry; the builder-style withers return copies. */
    record Entry(
            String name,
            byte[] content,
            boolean deflate,
            Long declaredSize,
            int unixMode,
            byte[] extra,
            String localName,
            Long offsetOverride) {

        static Entry of(String name, String content) {
            return new Entry(name, content.getBytes(StandardCharsets.UTF_8), false, null, 0, new byte[0], null, null);
        }

        Entry deflated() {
            return new Entry(name, content, true, declaredSize, unixMode, extra, localName, offsetOverride);
        }

        Entry declaring(long size) {
            return new Entry(name, content, deflate, size, unixMode, extra, localName, offsetOverride);
        }

        Entry mode(int mode) {
            return new Entry(name, content, deflate, declaredSize, mode, extra, localName, offsetOverride);
        }

        Entry extra(byte[] field) {
            return new Entry(name, content, deflate, declaredSize, unixMode, field, localName, offsetOverride);
        }

        Entry localName(String local) {
            return new Entry(name, content, deflate, declaredSize, unixMode, extra, local, offsetOverride);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    /** Extra central directory records pointing at an earlier entry's local header. */
    private final List<Integer> aliases = new ArrayList<>();

    RawZip add(Entry entry) {
        entries.add(entry);
        return this;
    }

    RawZip add(String name, String content) {
        return add(Entry.of(name, content));
    }

    /** Adds a second central directory record for entry {@code index}: two names, one set of bytes. */
    RawZip alias(int index) {
        aliases.add(index);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> central = new ArrayList<>();
        for (Entry e : entries) {
            int offset = out.size();
            byte[] data = e.deflate() ? deflate(e.content()) : e.content();
            CRC32 crc = new CRC32();
            crc.update(e.content());
            long size = e.declaredSize() == null ? e.content().length : e.declaredSize();
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            byte[] localName = e.localName() == null ? name : e.localName().getBytes(StandardCharsets.UTF_8);
            int method = e.deflate() ? 8 : 0;
            // local header
            u32(out, 0x04034b50);
            u16(out, 20);
            u16(out, 0x0800);
            u16(out, method);
            u16(out, 0);
            u16(out, 0x21);
            u32(out, crc.getValue());
            u32(out, data.length);
            u32(out, size);
            u16(out, localName.length);
            u16(out, e.extra().length);
            out.writeBytes(localName);
            out.writeBytes(e.extra());
            out.writeBytes(data);
            ByteArrayOutputStream c = new ByteArrayOutputStream();
            u32(c, 0x02014b50);
            u16(c, e.unixMode() == 0 ? 20 : (3 << 8) | 20);
            u16(c, 20);
            u16(c, 0x0800);
            u16(c, method);
            u16(c, 0);
            u16(c, 0x21);
            u32(c, crc.getValue());
            u32(c, data.length);
            u32(c, size);
            u16(c, name.length);
            u16(c, e.extra().length);
            u16(c, 0);
            u16(c, 0);
            u16(c, 0);
            u32(c, (long) e.unixMode() << 16);
            u32(c, offset);
            c.writeBytes(name);
            c.writeBytes(e.extra());
            central.add(c.toByteArray());
        }
        for (int index : aliases) {
            central.add(central.get(index).clone());
        }
        int cdOffset = out.size();
        central.forEach(out::writeBytes);
        int cdSize = out.size() - cdOffset;
        u32(out, 0x06054b50);
        u16(out, 0);
        u16(out, 0);
        u16(out, central.size());
        u16(out, central.size());
        u32(out, cdSize);
        u32(out, cdOffset);
        u16(out, 0);
        return out.toByteArray();
    }

    static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private static void u32(ByteArrayOutputStream out, long v) {
        u16(out, (int) (v & 0xFFFF));
        u16(out, (int) ((v >>> 16) & 0xFFFF));
    }
}
