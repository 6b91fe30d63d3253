package io.countersign.model.pack;

import java.util.List;

/**
 * Where everything sits in a decision pack (ADR 0006). Every entry lives under one top-level
 * folder, {@link #BASE}, which is the bag's base directory; paths elsewhere in this package are
 * relative to it, as BagIt manifests and the pack statement name them.
 */
public final class PackLayout {

    /** The bag's base directory inside the zip. Fixed, so the zip does not depend on its file name. */
    public static final String BASE = "decision-pack";

    public static final String BAGIT_TXT = "bagit.txt";
    public static final String BAG_INFO_TXT = "bag-info.txt";
    public static final String MANIFEST = "manifest-sha256.txt";
    public static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    public static final String PACK_STATEMENT = "pack-statement.dsse.json";

    /** Tag files listed in the tag manifest, in the order they are listed. */
    public static final List<String> LISTED_TAG_FILES = List.of(BAGIT_TXT, BAG_INFO_TXT, MANIFEST, PACK_STATEMENT);

    public static final String DATA = "data/";
    public static final String ENVELOPES_DIR = DATA + "envelopes/";
    public static final String ENVELOPES_JSONL = DATA + "envelopes.jsonl";
    public static final String BLOBS_DIR = DATA + "blobs/sha256/";
    public static final String KEYS_DIR = DATA + "keys/";
    public static final String KEYS_JSON = DATA + "keys.json";
    public static final String CHAIN_JSONL = DATA + "chain.jsonl";
    public static final String SUMMARY_CSV = DATA + "summary.csv";
    public static final String REPORT_HTML = DATA + "report.html";
    public static final String VERIFY_MD = DATA + "VERIFY.md";

    /** The bagit.txt every pack carries, byte for byte. */
    public static final String BAGIT_TXT_CONTENT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    private PackLayout() {}

    /** {@code data/envelopes/000007.dsse.json}: at least six digits, so names sort in seq order up to 999999. */
    public static String envelopePath(long seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more, was " + seq);
        }
        return ENVELOPES_DIR + String.format("%06d", seq) + ".dsse.json";
    }

    public static String blobPath(String sha256Hex) {
        return BLOBS_DIR + sha256Hex + ".json";
    }

    public static String keyPath(String sha256Hex) {
        return KEYS_DIR + sha256Hex + ".pem";
    }

    /** The full zip entry name of a bag-relative path. */
    public static String zipName(String bagPath) {
        return BASE + "/" + bagPath;
    }
}
