package io.countersign.app.history;

import io.countersign.services.evidence.EntryReason;
import java.util.Locale;

/** Each store verification reason code in plain words: what the break means for the record. */
public final class EntryReasonText {
    private EntryReasonText() {}

    public static String of(EntryReason reason) {
        return switch (reason) {
            case OK -> "verified";
            case CHAIN_GAP -> "a record before it is missing, or records were inserted or moved";
            case PREV_HASH_MISMATCH ->
                "it no longer links to the record before it, which was changed, removed or replaced";
            case SEQ_MISMATCH -> "it is stored at another place in the chain than the one it was signed for";
            case ENTRY_HASH_MISMATCH -> "its stored content was changed after it was recorded";
            case ENVELOPE_MALFORMED -> "its signed envelope cannot be read; the record was damaged or edited";
            case KEY_UNKNOWN -> "it is signed with a key this store does not know";
            case KEY_NOT_SIGNERS -> "it is signed with a key that belongs to someone else";
            case KEY_NOT_VALID_AT_TIME -> "it is signed with a key that was not valid at the time it names";
            case SIGNATURE_INVALID -> "its signature does not match its content; the record was altered";
            case STATEMENT_INVALID -> "its signed statement is incomplete or malformed";
            case SUBJECT_MISSING ->
                "the draft, snapshot, policy or findings it was decided on are missing from the store";
            case SUBJECT_DIGEST_MISMATCH ->
                "the draft, snapshot, policy or findings it was decided on were changed afterwards";
        };
    }

    /** A short label for a table cell, e.g. "Signature invalid". */
    public static String label(EntryReason reason) {
        String words = reason.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
