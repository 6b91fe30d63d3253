package io.countersign.services.approval;

import io.countersign.gate.AnchorKey;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.VerificationKey;
import io.countersign.model.store.RegisteredKey;

/** A key as the store registered it, in the form a provisioning system pins. */
final class RegisteredKeys {
    private RegisteredKeys() {}

    static AnchorKey anchor(RegisteredKey key) {
        return new AnchorKey(
                Digest.parse(key.keyId()),
                key.ownerId(),
                key.displayName(),
                VerificationKey.fromSpkiDer(key.publicKeySpki()),
                key.validFrom(),
                key.validTo().orElse(null));
    }
}
