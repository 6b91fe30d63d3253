package io.countersign.packaging.bench;

import io.countersign.persistence.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Security;
import java.security.Signature;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Proves the trimmed runtime carries what the data layer needs, without a window: opens a fresh
 * workspace (H2 file store, Flyway migrations, jOOQ), stores and reads back a blob, and signs and
 * verifies with BouncyCastle's Ed25519. Run by packaging/src/main/sh/build-image.sh on the image's
 * own runtime; prints one line and exits 0, or fails with the exception.
 */
public final class StoreSmoke {
    private StoreSmoke() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("countersign-store-smoke");
        int migrations;
        try (Workspace workspace = Workspace.open(dir)) {
            migrations = workspace.migrationsApplied();
            var blob = workspace.blobs().put("text/plain", "smoke".getBytes(StandardCharsets.UTF_8));
            if (workspace.blobs().get(blob.digest()).isEmpty()) {
                throw new IllegalStateException("blob not read back");
            }
        }
        Security.addProvider(new BouncyCastleProvider());
        var keys = KeyPairGenerator.getInstance("Ed25519", "BC").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519", "BC");
        signer.initSign(keys.getPrivate());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519", "BC");
        verifier.initVerify(keys.getPublic());
        verifier.update(new byte[] {1, 2, 3});
        if (!verifier.verify(signature)) {
            throw new IllegalStateException("signature did not verify");
        }
        System.out.println("store smoke: workspace opened (" + migrations
                + " migrations), blob stored, Ed25519 (BC) signed and verified");
    }
}
