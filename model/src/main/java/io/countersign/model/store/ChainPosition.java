package io.countersign.model.store;

/**
 * Where the next entry goes: its sequence number and the hash of the entry before it
 * ({@code null} for the first entry). A signed record carries both, so the signer needs them.
 */
public record ChainPosition(long seq, String prevEntryHash) {

    public static final ChainPosition GENESIS = new ChainPosition(1, null);

    public ChainPosition {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more, was " + seq);
        }
        if ((seq == 1) != (prevEntryHash == null)) {
            throw new IllegalArgumentException("only the first entry has no previous hash");
        }
    }
}
