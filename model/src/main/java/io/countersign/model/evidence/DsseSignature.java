package io.countersign.model.evidence;

import java.util.Arrays;
import java.util.Objects;

/** One DSSE signature: the signer's key id and the raw signature bytes (copied in and out). */
public record DsseSignature(String keyId, byte[] sig) {

    public DsseSignature {
        Objects.requireNonNull(keyId, "keyId");
        sig = Objects.requireNonNull(sig, "sig").clone();
    }

    @Override
    public byte[] sig() {
        return sig.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DsseSignature that && keyId.equals(that.keyId) && Arrays.equals(sig, that.sig);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(sig);
    }

    @Override
    public String toString() {
        return "DsseSignature[keyId=" + keyId + ", sig=" + sig.length + " bytes]";
    }
}
