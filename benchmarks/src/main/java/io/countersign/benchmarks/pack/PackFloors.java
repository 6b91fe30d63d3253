package io.countersign.benchmarks.pack;

import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.VerificationKey;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.zip.Deflater;

/** The floors of S6 and S7: the least work any exporter or verifier of the same pack must do. */
public final class PackFloors {
    private final byte[] scratch = new byte[1 << 16];
    /** Kept so the work cannot be optimised away. */
    private long sink;

    /** One signature to check: the key, the PAE bytes it signed and the signature. */
    public record Signed(VerificationKey key, byte[] pae, byte[] sig) {
        public static Signed of(DsseEnvelope envelope, VerificationKey key) {
            return new Signed(
                    key,
                    Dsse.pae(envelope.payloadType(), envelope.payload()),
                    envelope.signature().sig());
        }
    }

    /**
     * S6: DEFLATE at the exporter's level ({@code DeterministicZip} stores, level 0) and SHA-256
     * over each entry's bytes, once each, one thread.
     */
    public long deflateAndHash(List<ByteBuffer> entries) {
        Deflater deflater = new Deflater(Deflater.NO_COMPRESSION, true);
        MessageDigest sha256 = sha256();
        try {
            for (ByteBuffer entry : entries) {
                deflater.reset();
                deflater.setInput(entry.duplicate());
                deflater.finish();
                while (!deflater.finished()) {
                    sink += deflater.deflate(scratch);
                }
                sha256.update(entry.duplicate());
                sink += sha256.digest()[0];
            }
        } finally {
            deflater.end();
        }
        return sink;
    }

    /** S7: one Ed25519 verification (BouncyCastle, as the verifier) per envelope and SHA-256 of each file, one thread. */
    public long verifyAndHash(List<Signed> signatures, List<ByteBuffer> files) {
        MessageDigest sha256 = sha256();
        for (Signed s : signatures) {
            if (!s.key().verify(s.pae(), s.sig())) {
                throw new IllegalStateException("the pack's own signature does not verify");
            }
            sink++;
        }
        for (ByteBuffer file : files) {
            sha256.update(file.duplicate());
            sink += sha256.digest()[0];
        }
        return sink;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
