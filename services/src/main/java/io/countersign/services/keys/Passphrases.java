package io.countersign.services.keys;

import java.util.Arrays;

/** The rules for approver passphrases. Never logs, copies or keeps one. */
public final class Passphrases {

    /** Shorter passphrases are refused: a stolen keystore file must resist offline guessing. */
    public static final int MIN_LENGTH = 12;

    private Passphrases() {}

    /** Refuses a passphrase shorter than {@link #MIN_LENGTH} characters (counted as code points). */
    static void requireStrongEnough(char[] passphrase) {
        if (passphrase == null || Character.codePointCount(passphrase, 0, passphrase.length) < MIN_LENGTH) {
            throw new KeystoreRefusedException(
                    "the passphrase is too short: use at least " + MIN_LENGTH + " characters");
        }
    }

    /** Overwrites the passphrase so it does not linger in memory. */
    public static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }
}
