package io.countersign.model.read;

/**
 * An open-addressing hash index from field name to its place among an object's names, for objects too
 * large to search in order (a draft's root has about twenty fields). The reader fills it while it
 * checks for duplicate keys, and the node keeps it for lookups. Names sit in {@code names} from
 * {@code from} on; a slot holds a name's place + 1, or 0 when free; the table stays at most half full.
 */
final class FieldIndex {
    private FieldIndex() {}

    /** An index of the {@code count} names from {@code from}, with room for at least one more. */
    static int[] build(String[] names, int from, int count) {
        int[] slots = new int[Integer.highestOneBit(Math.max(count + 1, 2) * 2 - 1) << 1];
        for (int at = 0; at < count; at++) {
            add(slots, names, from, at);
        }
        return slots;
    }

    /** Whether {@code count} names fit within half the table. */
    static boolean roomFor(int[] slots, int count) {
        return count * 2 <= slots.length;
    }

    /** Adds the name at place {@code at}; it must not be in the index yet. */
    static void add(int[] slots, String[] names, int from, int at) {
        int mask = slots.length - 1;
        int slot = spread(names[from + at].hashCode()) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = at + 1;
    }

    /** The place of {@code name}, or -1. */
    static int find(int[] slots, String[] names, int from, String name) {
        int mask = slots.length - 1;
        for (int slot = spread(name.hashCode()) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int at = slots[slot] - 1;
            if (names[from + at].equals(name)) {
                return at;
            }
        }
        return -1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
