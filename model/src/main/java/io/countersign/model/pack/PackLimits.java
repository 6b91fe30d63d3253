package io.countersign.model.pack;

/**
 * Caps that keep verifying a hostile archive bounded in memory and time. Everything is read
 * into memory, so the caps are the memory bound.
 *
 * @param maxArchiveBytes  the zip file itself
 * @param maxEntries       entries in the central directory
 * @param maxEntryBytes    one entry, uncompressed
 * @param maxTotalBytes    all entries together, uncompressed
 * @param maxRatio         uncompressed / compressed size, for entries above {@code ratioFloorBytes}
 * @param ratioFloorBytes  entries smaller than this are never refused for their ratio
 */
public record PackLimits(
        long maxArchiveBytes,
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxRatio,
        long ratioFloorBytes) {

    /**
     * Room for a 10,000-decision pack of the benchmark workload (820 MB: 600 MB of findings and
     * draft blobs, two 98 MB copies of the envelopes) with some to spare. Verifying one at the cap
     * holds about twice its size in memory.
     */
    public static final PackLimits DEFAULT = new PackLimits(1L << 30, 200_000, 256L << 20, 1L << 30, 200, 64L << 10);

    public PackLimits {
        if (maxArchiveBytes < 22
                || maxEntries < 1
                || maxEntryBytes < 1
                || maxTotalBytes < 1
                || maxRatio < 1
                || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("pack limits must be positive");
        }
        if (maxEntryBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("an entry must fit in one array");
        }
    }
}
