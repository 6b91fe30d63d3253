package io.countersign.services.keys;

/**
 * A keystore operation refused for a reason the user can fix — a short passphrase, an approver
 * with no key or already holding one, a missing keystore file. One line, no secrets.
 */
public final class KeystoreRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeystoreRefusedException(String message) {
        super(message, null, false, false);
    }

    public KeystoreRefusedException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
