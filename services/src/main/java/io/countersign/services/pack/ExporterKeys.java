package io.countersign.services.pack;

import io.countersign.model.evidence.SigningKey;

/**
 * Unlocks the exporter's private key; the approver keystore satisfies it with the passphrase
 * the user gave. Called once per export, after the request has been checked.
 */
@FunctionalInterface
public interface ExporterKeys {

    /** The signing key of {@code ownerId}, or an exception that says why it cannot be had. */
    SigningKey unlock(String ownerId);
}
