package io.countersign.services.keys;

/** The passphrase does not open the approver's keystore. Nothing was written. */
public final class WrongPassphraseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String ownerId) {
        super("wrong passphrase for approver " + ownerId + "'s key; nothing was signed or written", null, false, false);
    }
}
