package io.countersign.model.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An approver's public signing key as registered in the store.
 *
 * @param keyId         {@code sha256:} followed by the hex digest of the SPKI DER bytes
 * @param ownerId       the identity id of the approver who holds the private key
 * @param publicKeySpki the public key, X.509 SubjectPublicKeyInfo DER
 * @param validTo       when the key was retired (rotated); empty while it is current
 */
public record RegisteredKey(
        String keyId,
        String ownerId,
        String displayName,
        byte[] publicKeySpki,
        Instant validFrom,
        Optional<Instant> validTo,
        Instant registeredAt) {

    public RegisteredKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(displayName, "displayName");
        publicKeySpki = publicKeySpki.clone();
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    @Override
    public byte[] publicKeySpki() {
        return publicKeySpki.clone();
    }

    /** Valid from {@code validFrom} inclusive to {@code validTo} exclusive. */
    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(validFrom) && validTo.map(instant::isBefore).orElse(true);
    }

    /** Equal when the bytes are equal, not merely the same array. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RegisteredKey that
                && Objects.equals(keyId, that.keyId)
                && Objects.equals(ownerId, that.ownerId)
                && Objects.equals(displayName, that.displayName)
                && Objects.equals(validFrom, that.validFrom)
                && Objects.equals(validTo, that.validTo)
                && Objects.equals(registeredAt, that.registeredAt)
                && Arrays.equals(publicKeySpki, that.publicKeySpki);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(keyId, ownerId, displayName, validFrom, validTo, registeredAt)
                + Arrays.hashCode(publicKeySpki);
    }
}
