package io.countersign.app.export;

import io.countersign.model.pack.PackReason;

/** Each pack verification reason code in plain words. */
final class PackReasonText {
    private PackReasonText() {}

    static String of(PackReason reason) {
        return switch (reason) {
            case ENTRY_OK -> "signature, key, chain position and reviewed content all check out";
            case TRUNCATED -> "the file is cut short";
            case ARCHIVE_TOO_LARGE -> "the file is larger than a pack may be";
            case ARCHIVE_MALFORMED -> "the zip file is not well formed";
            case UNSAFE_NAME -> "a file name inside could escape its folder";
            case DUPLICATE_ENTRY -> "a file appears twice";
            case CASE_COLLISION -> "two file names differ only in letter case";
            case UNSAFE_ENTRY_TYPE -> "it holds a link or special file";
            case BAG_DECLARATION_INVALID -> "the BagIt declaration or payload size is wrong";
            case MANIFEST_MISMATCH -> "a file does not match its manifest digest";
            case EXTRA_ENTRY -> "it holds a file no manifest lists";
            case ENTRY_MISSING -> "a listed file is missing";
            case SIGNATURE_INVALID -> "a signature does not verify";
            case KEY_NOT_VALID -> "a signing key was unknown, someone else's, or not valid at the time";
            case RECORD_MALFORMED -> "a record cannot be read strictly";
            case STATEMENT_FOREIGN -> "the pack statement describes other files or another chain";
            case CHAIN_BROKEN -> "the chain of records is broken";
            case ENVELOPE_MISMATCH -> "the record list differs from the record files";
            case SUBJECT_MISSING -> "reviewed content a decision is bound to is missing";
            case SUBJECT_MISMATCH -> "reviewed content a decision is bound to was changed";
        };
    }
}
