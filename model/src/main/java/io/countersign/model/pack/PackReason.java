package io.countersign.model.pack;

/**
 * Stable reason codes of a pack verification. Printed, parsed by scripts and named in
 * {@code docs/decisions/0006-decision-pack.md}: add new codes, never rename one.
 */
public enum PackReason {
    /** The record checked out: signature, key, chain position and subjects. */
    ENTRY_OK,

    // The archive itself; any of these stops verification before contents are trusted.
    /** No end-of-central-directory record, or a record or entry that runs past the end of the file. */
    TRUNCATED,
    /** Over a cap: file size, entry count, an entry's or the total uncompressed size, or compression ratio. */
    ARCHIVE_TOO_LARGE,
    /** Zip structure not as written by a plain zip tool: overlaps, gaps, zip64, encryption, bad CRC, mismatched headers. */
    ARCHIVE_MALFORMED,
    /** An entry name that could escape or confuse a folder: {@code ..}, absolute, backslash, drive letter, NUL, control characters. */
    UNSAFE_NAME,
    /** The same entry name twice. */
    DUPLICATE_ENTRY,
    /** Two names that differ only in letter case or Unicode normalisation. */
    CASE_COLLISION,
    /** A symbolic link, device or other special file, or set-uid / set-gid / sticky mode bits. */
    UNSAFE_ENTRY_TYPE,

    // The bag.
    /** bagit.txt is not the BagIt 1.0 declaration, or bag-info.txt's Payload-Oxum does not match. */
    BAG_DECLARATION_INVALID,
    /** A manifest line that is malformed, or whose digest differs from the file's. */
    MANIFEST_MISMATCH,
    /** A file in the archive that no manifest lists, or that the layout does not allow. */
    EXTRA_ENTRY,
    /** A file a manifest lists, or the layout requires, that the archive lacks. */
    ENTRY_MISSING,

    // The pack statement and the records.
    /** A signature that does not verify, is not exactly 64 bytes, or names another key. */
    SIGNATURE_INVALID,
    /** The signing key is not in keys.json, belongs to someone else, or was not valid at the time of signing. */
    KEY_NOT_VALID,
    /** An envelope or statement that does not parse strictly, is not canonical, or has the wrong type. */
    RECORD_MALFORMED,
    /** The pack statement is validly signed but describes other files or another chain than this pack's. */
    STATEMENT_FOREIGN,
    /** chain.jsonl does not run unbroken from seq 1; or a record's seq, previous hash or entry hash disagrees with it. */
    CHAIN_BROKEN,
    /** envelopes.jsonl differs from the envelope files. */
    ENVELOPE_MISMATCH,
    /** A decision's subject blob is not in the pack. */
    SUBJECT_MISSING,
    /** A decision's subject blob is in the pack with other content than its digest. */
    SUBJECT_MISMATCH
}
