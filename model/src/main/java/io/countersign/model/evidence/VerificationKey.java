package io.countersign.model.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An approver's Ed25519 public key. Exchanged as X.509 SubjectPublicKeyInfo (DER or PEM) so
 * that {@code openssl} reads the same bytes; identified by the SHA-256 of that DER.
 */
public final class VerificationKey {

    public static final int SIGNATURE_LENGTH = 64;

    /** SPKI DER for Ed25519 (RFC 8410) is always this 12-byte header and the 32-byte key. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";

    private final Ed25519PublicKeyParameters key;
    private final byte[] spki;

    VerificationKey(Ed25519PublicKeyParameters key) {
        this.key = key;
        byte[] raw = key.getEncoded();
        this.spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, raw.length);
    }

    /** Reads SubjectPublicKeyInfo DER; only the exact RFC 8410 Ed25519 encoding is accepted. */
    public static VerificationKey fromSpkiDer(byte[] der) {
        Objects.requireNonNull(der, "der");
        if (der.length != SPKI_PREFIX.length + Ed25519PublicKeyParameters.KEY_SIZE
                || !Arrays.equals(der, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 SubjectPublicKeyInfo");
        }
        return new VerificationKey(new Ed25519PublicKeyParameters(der, SPKI_PREFIX.length));
    }

    /** Reads a {@code -----BEGIN PUBLIC KEY-----} PEM block holding an Ed25519 key. */
    public static VerificationKey fromPem(String pem) {
        Objects.requireNonNull(pem, "pem");
        String trimmed = pem.strip();
        if (!trimmed.startsWith(PEM_BEGIN) || !trimmed.endsWith(PEM_END)) {
            throw new IllegalArgumentException("not a PUBLIC KEY PEM block");
        }
        String body = trimmed.substring(PEM_BEGIN.length(), trimmed.length() - PEM_END.length());
        try {
            return fromSpkiDer(Base64.getMimeDecoder().decode(body.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key PEM: " + e.getMessage(), e);
        }
    }

    /** True only for a 64-byte signature that verifies; other lengths are refused outright. */
    public boolean verify(byte[] message, byte[] signature) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
        if (signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    public byte[] toSpkiDer() {
        return spki.clone();
    }

    public String toPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(spki);
        return PEM_BEGIN + "\n" + body + "\n" + PEM_END + "\n";
    }

    /** {@code sha256:} + hex of SHA-256 over the SPKI DER. */
    public Digest keyId() {
        return Digest.sha256(spki);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerificationKey that && Arrays.equals(spki, that.spki);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(spki);
    }

    @Override
    public String toString() {
        return "VerificationKey[" + keyId() + "]";
    }
}
