package io.countersign.services.keys;

import io.countersign.model.store.RegisteredKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One approver key as {@code keys list} shows it: the registration from the store and where its
 * keystore file is, if this workspace holds it.
 *
 * @param keystore the PKCS#12 file, empty when it is not in this workspace's {@code keys/}
 */
public record ApproverKey(RegisteredKey registration, Optional<Path> keystore) {

    public String ownerId() {
        return registration.ownerId();
    }

    public String keyId() {
        return registration.keyId();
    }

    public boolean current() {
        return registration.validTo().isEmpty();
    }

    public Instant validFrom() {
        return registration.validFrom();
    }

    public Optional<Instant> validTo() {
        return registration.validTo();
    }
}
