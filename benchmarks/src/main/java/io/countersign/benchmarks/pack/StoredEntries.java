package io.countersign.benchmarks.pack;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entries of a pack zip as read-only views of the zip's own bytes, by name, so the floors
 * work on exactly the bytes the pack holds without a second copy of most of a gigabyte (which
 * would load the garbage collector during the measured export and verification). Only for a
 * pack the verifier has accepted: every entry stored, no data descriptors.
 */
public final class StoredEntries {
    private static final int LOCAL_HEADER = 0x04034b50;

    private StoredEntries() {}

    public static Map<String, ByteBuffer> of(byte[] zip) {
        ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, ByteBuffer> entries = new LinkedHashMap<>();
        int p = 0;
        while (p + 30 <= zip.length && in.getInt(p) == LOCAL_HEADER) {
            if (in.getShort(p + 8) != 0) {
                throw new IllegalArgumentException("entry at " + p + " is not stored");
            }
            int size = in.getInt(p + 18);
            int nameLength = Short.toUnsignedInt(in.getShort(p + 26));
            int extraLength = Short.toUnsignedInt(in.getShort(p + 28));
            String name = new String(zip, p + 30, nameLength, StandardCharsets.UTF_8);
            int data = p + 30 + nameLength + extraLength;
            entries.put(name, ByteBuffer.wrap(zip, data, size).slice().asReadOnlyBuffer());
            p = data + size;
        }
        return entries;
    }
}
