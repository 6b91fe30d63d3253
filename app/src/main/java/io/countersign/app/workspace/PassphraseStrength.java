package io.countersign.app.workspace;

import io.countersign.services.keys.Passphrases;

/**
 * Feedback while a new passphrase is typed: length counts most, variety helps. The keystore refuses
 * anything shorter than {@link Passphrases#MIN_LENGTH}; beyond that this only advises.
 */
public enum PassphraseStrength {
    TOO_SHORT(0.15),
    FAIR(0.55),
    STRONG(1.0);

    private final double meter;

    PassphraseStrength(double meter) {
        this.meter = meter;
    }

    public static PassphraseStrength of(CharSequence passphrase) {
        int length = passphrase.codePoints().toArray().length;
        if (length < Passphrases.MIN_LENGTH) {
            return TOO_SHORT;
        }
        int kinds = variety(passphrase);
        return length >= 20 || (length >= 16 && kinds >= 2) || kinds >= 3 ? STRONG : FAIR;
    }

    /** How many of lower case, upper case, digits and other characters (spaces, symbols) it uses. */
    static int variety(CharSequence text) {
        boolean lower = text.chars().anyMatch(Character::isLowerCase);
        boolean upper = text.chars().anyMatch(Character::isUpperCase);
        boolean digit = text.chars().anyMatch(Character::isDigit);
        boolean other = text.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** 0..1 for a meter. */
    public double meter() {
        return meter;
    }

    public String describe(CharSequence passphrase) {
        int length = passphrase.codePoints().toArray().length;
        return switch (this) {
            case TOO_SHORT -> "Too short: " + length + " of at least " + Passphrases.MIN_LENGTH + " characters";
            case FAIR -> "Fair: a few more words, or digits and symbols, make it stronger";
            case STRONG -> "Strong: long and varied";
        };
    }
}
